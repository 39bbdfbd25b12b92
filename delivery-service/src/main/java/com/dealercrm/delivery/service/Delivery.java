package com.dealercrm.delivery.service;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * The input of Validate: the quantity to deliver per product, or null {@code lines} to deliver the
 * reserved quantities, and whether a short delivery creates a backorder for the rest.
 */
public record Delivery(List<DeliveredLine> lines, boolean createBackorder) {

    public record DeliveredLine(UUID productId, BigDecimal quantityDone) {
    }
}
