package com.dealercrm.lead.service;

import java.math.BigDecimal;

/** Normalizes entered values before they are stored: trimmed texts and two-place amounts. */
final class Values {

    private Values() {
    }

    /** Returns the text without surrounding spaces, or null when nothing is left. */
    static String text(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.trim();
        return trimmed.isEmpty() ? null : trimmed;
    }

    /** Returns the amount with exactly two decimal places; validation has already rejected more. */
    static BigDecimal money(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2);
    }
}
