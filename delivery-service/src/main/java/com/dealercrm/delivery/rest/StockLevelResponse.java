package com.dealercrm.delivery.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** The stock of one product: units on hand, reserved by open pickings, and available to reserve. */
public record StockLevelResponse(UUID productId, BigDecimal onHand, BigDecimal reserved, BigDecimal available, Instant updatedAt) {
}
