package com.dealercrm.delivery.service;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Unit quantities are stored with two decimal places, as NUMERIC(12, 2). */
final class Quantities {

    static final int SCALE = 2;
    /** The largest quantity NUMERIC(12, 2) stores. */
    static final BigDecimal MAX = new BigDecimal("9999999999.99");

    private Quantities() {
    }

    /**
     * Returns the quantity with exactly two decimal places. Raises ArithmeticException when that
     * would round it.
     */
    static BigDecimal normalize(BigDecimal quantity) {
        return quantity.setScale(SCALE, RoundingMode.UNNECESSARY);
    }
}
