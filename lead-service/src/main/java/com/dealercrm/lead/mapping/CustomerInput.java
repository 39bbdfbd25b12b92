package com.dealercrm.lead.mapping;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The customer of a new lead. The mobile may be national (read with the default country) or international. */
public record CustomerInput(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 40) String mobile,
        @Email @Size(max = 254) String email) {
}
