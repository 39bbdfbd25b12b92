package com.dealercrm.delivery.service;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A change to a product's stock: {@code delivered} units leave the warehouse and
 * {@code released} units are no longer reserved. Delivered units were reserved, so
 * {@code released} includes them.
 */
public record StockMove(UUID productId, BigDecimal delivered, BigDecimal released) {

    public static StockMove release(UUID productId, BigDecimal released) {
        return new StockMove(productId, BigDecimal.ZERO, released);
    }

    StockMove plus(StockMove other) {
        return new StockMove(productId, delivered.add(other.delivered), released.add(other.released));
    }

    boolean isEmpty() {
        return delivered.signum() == 0 && released.signum() == 0;
    }
}
