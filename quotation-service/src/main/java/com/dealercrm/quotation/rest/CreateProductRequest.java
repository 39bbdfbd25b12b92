package com.dealercrm.quotation.rest;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.UUID;

/** A new product. {@code deliverable} defaults to true, because most products are vehicles. */
public record CreateProductRequest(
        @NotNull UUID brandId,
        @NotBlank @Size(max = 200) String name,
        @NotNull
        @DecimalMin(value = "0", message = "must be 0 or greater")
        @Digits(integer = 9, fraction = 2, message = "must have at most 9 digits before and 2 after the decimal point")
        BigDecimal listPrice,
        Boolean deliverable) {
}
