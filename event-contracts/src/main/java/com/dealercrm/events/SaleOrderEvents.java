package com.dealercrm.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Events of quotation-service on {@link Topics#SALE_ORDER_EVENTS}, keyed by sale order id. */
public final class SaleOrderEvents {

    public static final String CREATED = "dealer.sale-order.created";
    public static final String LINES_CHANGED = "dealer.sale-order.lines-changed";
    public static final String CONFIRMED = "dealer.sale-order.confirmed";
    public static final String LOCKED = "dealer.sale-order.locked";
    public static final String CANCELLED = "dealer.sale-order.cancelled";

    private SaleOrderEvents() {
    }

    /**
     * One order line. {@code productId} is null for a price adjustment without a product, such as
     * a trade-in with a negative {@code priceUnit}. Such a line is never deliverable.
     */
    public record Line(
            String id,
            String productId,
            String description,
            BigDecimal quantity,
            BigDecimal priceUnit,
            BigDecimal discountPercent,
            BigDecimal subtotal,
            boolean deliverable) {
    }

    /** The order as it is after the change the event describes. */
    public record SaleOrderSnapshot(
            String name,
            String state,
            String partnerId,
            String partnerName,
            String brandId,
            String origin,
            String dealerLeadId,
            List<Line> lines,
            BigDecimal amountTotal,
            Instant confirmedAt,
            String createdBy) {
    }

    public record SaleOrderCreated(SaleOrderSnapshot order) {
    }

    /**
     * Lines added, changed or removed on a DRAFT order. An added or removed line is the field
     * {@code lines[<lineId>]}, with a null old or new value. A changed value of a line is the field
     * {@code lines[<lineId>].<field>}, and a changed order total is {@code amountTotal}.
     */
    public record LinesChanged(SaleOrderSnapshot order, List<FieldChange> changes) {
    }

    public record SaleOrderConfirmed(SaleOrderSnapshot order) {
    }

    public record SaleOrderLocked(SaleOrderSnapshot order) {
    }

    /** A cancelled order and the state it was cancelled from, {@code DRAFT} or {@code SALE}. */
    public record SaleOrderCancelled(SaleOrderSnapshot order, String stateFrom) {
    }
}
