package com.dealercrm.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Events of delivery-service on {@link Topics#PICKING_EVENTS}, keyed by sale order id so that all
 * pickings of one order stay in order.
 */
public final class PickingEvents {

    public static final String CREATED = "dealer.picking.created";
    public static final String ASSIGNED = "dealer.picking.assigned";
    public static final String VALIDATED = "dealer.picking.validated";
    public static final String BACKORDER_CREATED = "dealer.picking.backorder-created";
    public static final String CANCELLED = "dealer.picking.cancelled";

    private PickingEvents() {
    }

    public record Line(String productId, BigDecimal demand, BigDecimal reserved, BigDecimal done) {
    }

    /** The picking as it is after the change the event describes. */
    public record PickingSnapshot(
            String pickingId,
            String name,
            String saleOrderId,
            String saleOrderName,
            String state,
            String backorderOfId,
            List<Line> lines,
            Instant dateDone,
            String validatedBy) {
    }

    public record PickingChanged(PickingSnapshot picking, String stateFrom) {
    }
}
