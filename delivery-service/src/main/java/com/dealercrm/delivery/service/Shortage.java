package com.dealercrm.delivery.service;

import java.math.BigDecimal;
import java.util.UUID;

/** The units of a product that Check Availability could not reserve. */
public record Shortage(UUID productId, BigDecimal missing) {
}
