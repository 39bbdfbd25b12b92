package com.dealercrm.quotation.service;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * Client values for a sale order line. A null value is one the client did not send: a new line
 * takes it from the product or the default, and an update keeps the current value.
 */
public record LineInput(
        UUID productId,
        String description,
        BigDecimal quantity,
        BigDecimal priceUnit,
        BigDecimal discountPercent) {
}
