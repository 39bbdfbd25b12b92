package com.dealercrm.delivery.rest;

import com.dealercrm.delivery.PickingState;
import java.util.List;
import java.util.UUID;

/**
 * Whether every delivery of a sale order is done, which the Mark Won gate checks.
 * {@code confirmationReceived} is false while this service has not processed the order's
 * confirmation, which is why such an order is not all done although nothing is pending.
 */
public record DeliveryStatusResponse(UUID saleOrderId, boolean allDone, List<PendingPicking> pending, boolean confirmationReceived) {

    public record PendingPicking(UUID id, String name, PickingState state) {
    }
}
