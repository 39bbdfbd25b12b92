package com.dealercrm.lead.client;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * The body of {@code POST /api/sale-orders}: a DRAFT order for a lead. quotation-service stores
 * {@code dealerLeadReference} as the order's {@code origin} and rejects unknown fields.
 */
public record NewSaleOrderRequest(
        UUID dealerLeadId,
        String dealerLeadReference,
        Partner partner,
        UUID brandId,
        List<Line> lines) {

    /** The customer as lead-service matched them. */
    public record Partner(UUID partnerId, String name, String mobile, String email) {
    }

    /** One order line; {@code priceUnit} is the price of one unit. */
    public record Line(UUID productId, BigDecimal quantity, BigDecimal priceUnit) {
    }
}
