package com.dealercrm.audit.mapping;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** The event types a contract class declares as its {@code public static final String} constants. */
public final class EventTypes {

    private static final String PREFIX = "dealer.";

    private EventTypes() {
    }

    /**
     * Returns every type constant of the contract class, such as {@code LeadEvents}. Reading the
     * constants instead of listing them here means a type added to a contract is recorded with a
     * generic sentence instead of being dead-lettered as unknown.
     */
    public static Set<String> declaredIn(Class<?> contract) {
        return Arrays.stream(contract.getFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == String.class)
                .map(EventTypes::value)
                .filter(value -> value.startsWith(PREFIX))
                .collect(Collectors.toUnmodifiableSet());
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot read event type constant " + field.getName(), e);
        }
    }
}
