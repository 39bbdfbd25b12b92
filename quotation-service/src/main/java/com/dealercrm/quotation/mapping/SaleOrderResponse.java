package com.dealercrm.quotation.mapping;

import com.dealercrm.quotation.SaleOrder;
import com.dealercrm.quotation.SaleOrderAggregate;
import com.dealercrm.quotation.SaleOrderLine;
import com.dealercrm.quotation.SaleOrderState;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A sale order as the API returns it. {@code createdBy} is the user id, {@code createdByName} the user name. */
public record SaleOrderResponse(
        UUID id,
        String name,
        SaleOrderState state,
        Partner partner,
        UUID brandId,
        String origin,
        UUID dealerLeadId,
        List<Line> lines,
        BigDecimal amountTotal,
        Instant confirmedAt,
        Instant lockedAt,
        Instant cancelledAt,
        String createdBy,
        String createdByName,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public record Partner(UUID partnerId, String name, String mobile, String email) {
    }

    public record Line(
            UUID id,
            UUID productId,
            String description,
            BigDecimal quantity,
            BigDecimal priceUnit,
            BigDecimal discountPercent,
            BigDecimal subtotal,
            boolean deliverable) {

        static Line from(SaleOrderLine line) {
            return new Line(
                    line.id,
                    line.productId,
                    line.description,
                    Decimals.quantity(line.quantity),
                    Decimals.money(line.priceUnit),
                    Decimals.money(line.discountPercent),
                    Decimals.money(line.subtotal),
                    line.deliverable);
        }
    }

    public static SaleOrderResponse from(SaleOrderAggregate aggregate) {
        SaleOrder order = aggregate.order();
        return new SaleOrderResponse(
                order.id,
                order.name,
                order.state,
                new Partner(order.partnerId, order.partnerName, order.partnerMobile, order.partnerEmail),
                order.brandId,
                order.origin,
                order.dealerLeadId,
                aggregate.lines().stream().map(Line::from).toList(),
                aggregate.amountTotal(),
                order.confirmedAt,
                order.lockedAt,
                order.cancelledAt,
                order.createdBy,
                order.createdByName,
                order.createdAt,
                order.updatedAt,
                order.version);
    }
}
