package com.dealercrm.quotation.mapping;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Renders decimals the way the API shows them: money with two places, quantities without trailing zeros. */
public final class Decimals {

    private Decimals() {
    }

    public static BigDecimal money(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** Returns the quantity without trailing zeros and never in exponent form: 2.000 becomes 2. */
    public static BigDecimal quantity(BigDecimal quantity) {
        if (quantity == null) {
            return null;
        }
        BigDecimal stripped = quantity.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** Returns the value as text for a change record, or null. */
    public static String text(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
