package com.dealercrm.delivery.service;

import com.dealercrm.delivery.Picking;
import com.dealercrm.delivery.PickingState;
import com.dealercrm.delivery.SaleOrder;
import java.util.List;
import java.util.UUID;

/**
 * Whether every delivery of a sale order is done, for the Mark Won gate.
 *
 * <p>The status fails closed. An order whose confirmation this service has not processed (an
 * unknown id, a draft, or a confirmation still on its way) is not all done and has no pending
 * pickings. A confirmed order with deliverable products is all done once no picking is pending
 * and at least one is DONE, so an order whose pickings were all cancelled is not all done.
 * A confirmed order with nothing deliverable has no picking and is all done.
 */
public record DeliveryStatus(UUID saleOrderId, boolean confirmationReceived, boolean allDone, List<Picking> pending) {

    static DeliveryStatus of(UUID saleOrderId, SaleOrder order, List<Picking> pickings) {
        List<Picking> pending = pickings.stream()
                .filter(picking -> picking.state.isOpen())
                .toList();
        boolean confirmationReceived = order != null && order.isConfirmationProcessed();
        boolean nothingDeliverable = confirmationReceived && order.deliverableProductCount == 0;
        boolean anyDone = pickings.stream().anyMatch(picking -> picking.state == PickingState.DONE);
        boolean allDone = confirmationReceived && pending.isEmpty() && (nothingDeliverable || anyDone);
        return new DeliveryStatus(saleOrderId, confirmationReceived, allDone, pending);
    }
}
