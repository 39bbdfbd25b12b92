package com.dealercrm.bpo.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** New BPO CRM connection settings. Leaving {@code apiKey} out keeps the current key. */
public record ConnectionRequest(
        @NotBlank(message = "is required, for example http://127.0.0.1:8069")
        @Size(max = 2000, message = "must be at most 2000 characters")
        String url,
        @NotBlank(message = "is required: the Odoo database name, for example bpo")
        @Size(max = 200, message = "must be at most 200 characters")
        String database,
        @NotBlank(message = "is required: the BPO CRM user that receives callbacks, for example dealer-sync")
        @Size(max = 200, message = "must be at most 200 characters")
        String login,
        @Pattern(regexp = "\\S+", message = "must not be empty or contain spaces. Leave apiKey out to keep the current key")
        @Size(max = 500, message = "must be at most 500 characters")
        String apiKey) {
}
