package com.dealercrm.lead.mapping;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The customer of a new lead. The mobile may be national (read with the default country) or
 * international. Surrounding spaces are removed before validation.
 */
public record CustomerInput(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 40) String mobile,
        @Email @Size(max = 254) String email) {

    public CustomerInput {
        name = trim(name);
        mobile = trim(mobile);
        email = trim(email);
    }

    static String trim(String value) {
        return value == null ? null : value.trim();
    }
}
