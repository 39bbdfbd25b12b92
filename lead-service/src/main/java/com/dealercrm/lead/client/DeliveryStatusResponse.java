package com.dealercrm.lead.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.UUID;

/**
 * Whether every delivery of a sale order is done, as delivery-service reports it.
 * {@code confirmationReceived} is false while delivery-service has not processed the order's
 * confirmation, so no picking exists yet; it is null from a version that does not send it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DeliveryStatusResponse(UUID saleOrderId, boolean allDone, List<PendingPicking> pending, Boolean confirmationReceived) {

    /** A picking that is neither done nor cancelled. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PendingPicking(UUID id, String name, String state) {
    }

    public List<PendingPicking> pendingOrEmpty() {
        return pending == null ? List.of() : pending;
    }
}
