package com.dealercrm.lead.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.UUID;

/**
 * The part of a quotation-service sale order that lead-service reads. {@code state} is
 * {@code DRAFT}, {@code SALE}, {@code DONE} or {@code CANCELLED}; it stays text so that a state
 * added later fails the Mark Won gate instead of the parsing.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SaleOrderResponse(UUID id, String name, String state, UUID dealerLeadId, String origin) {

    public boolean isConfirmed() {
        return "SALE".equals(state) || "DONE".equals(state);
    }
}
