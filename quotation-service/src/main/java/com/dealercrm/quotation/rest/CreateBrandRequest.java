package com.dealercrm.quotation.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record CreateBrandRequest(
        @NotNull
        @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]{0,19}",
                message = "must be 1 to 20 letters, digits, '-' or '_', starting with a letter or digit")
        String code,
        @NotBlank @Size(max = 120) String name) {
}
