package com.dealercrm.lead.mapping;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The user who should own a lead: the Keycloak user id, and optionally the display name to show
 * when lead-service has not seen that user sign in yet.
 */
public record AssignRequest(
        @NotBlank @Size(max = 100) String userId,
        @Size(max = 200) String userName) {
}
