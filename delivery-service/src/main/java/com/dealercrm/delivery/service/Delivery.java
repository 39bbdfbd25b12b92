package com.dealercrm.delivery.service;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * What Validate delivers: the given quantities per product, or the reserved quantities when
 * {@code lines} is null; and whether a short delivery creates a backorder for the rest.
 */
public record Delivery(List<DeliveredLine> lines, boolean createBackorder) {

    public record DeliveredLine(UUID productId, BigDecimal quantityDone) {
    }
}
