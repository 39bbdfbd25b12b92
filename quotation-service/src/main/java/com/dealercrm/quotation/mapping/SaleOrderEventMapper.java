package com.dealercrm.quotation.mapping;

import com.dealercrm.events.SaleOrderEvents;
import com.dealercrm.quotation.SaleOrder;
import com.dealercrm.quotation.SaleOrderAggregate;
import com.dealercrm.quotation.SaleOrderLine;

/** Builds the order snapshot that every sale order event carries. */
public final class SaleOrderEventMapper {

    private SaleOrderEventMapper() {
    }

    public static SaleOrderEvents.SaleOrderSnapshot snapshot(SaleOrderAggregate aggregate) {
        SaleOrder order = aggregate.order();
        return new SaleOrderEvents.SaleOrderSnapshot(
                order.name,
                order.state.name(),
                order.partnerId.toString(),
                order.partnerName,
                order.brandId.toString(),
                order.origin,
                order.dealerLeadId == null ? null : order.dealerLeadId.toString(),
                aggregate.lines().stream().map(SaleOrderEventMapper::line).toList(),
                aggregate.amountTotal(),
                order.confirmedAt,
                order.createdBy);
    }

    private static SaleOrderEvents.Line line(SaleOrderLine line) {
        return new SaleOrderEvents.Line(
                line.id.toString(),
                line.productId == null ? null : line.productId.toString(),
                line.description,
                Decimals.quantity(line.quantity),
                Decimals.money(line.priceUnit),
                Decimals.money(line.discountPercent),
                Decimals.money(line.subtotal),
                line.deliverable);
    }
}
