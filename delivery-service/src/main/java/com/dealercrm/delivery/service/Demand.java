package com.dealercrm.delivery.service;

import java.math.BigDecimal;
import java.util.UUID;

/** The units of a product a new picking must deliver, and the part of them already reserved. */
record Demand(UUID productId, String description, BigDecimal quantity, BigDecimal reserved) {
}
