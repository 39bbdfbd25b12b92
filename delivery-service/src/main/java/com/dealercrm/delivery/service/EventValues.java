package com.dealercrm.delivery.service;

import com.dealercrm.events.MalformedEventException;
import java.math.BigDecimal;
import java.util.UUID;

/** Reads values of incoming events; a value that does not fit makes the event malformed. */
final class EventValues {

    private EventValues() {
    }

    static UUID uuid(String value, String valueName) {
        if (value == null) {
            throw new MalformedEventException(valueName + " is missing");
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException(valueName + " is not a UUID: " + value, e);
        }
    }

    /** Returns the quantity with two decimal places. A value with more places, or too large for NUMERIC(12, 2), is malformed. */
    static BigDecimal quantity(BigDecimal value, String valueName) {
        if (value == null) {
            throw new MalformedEventException(valueName + " is missing");
        }
        try {
            BigDecimal quantity = Quantities.normalize(value);
            if (quantity.abs().compareTo(Quantities.MAX) > 0) {
                throw new MalformedEventException(valueName + " " + value.toPlainString() + " is larger than " + Quantities.MAX.toPlainString());
            }
            return quantity;
        } catch (ArithmeticException e) {
            throw new MalformedEventException(valueName + " " + value.toPlainString() + " has more than " + Quantities.SCALE + " decimal places", e);
        }
    }
}
