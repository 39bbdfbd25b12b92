package com.dealercrm.lead.rest;

import com.dealercrm.platform.error.ApiException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Parses query parameters from their text, so that a bad value is a 400 naming the parameter.
 * JAX-RS returns 404 when it cannot convert a query parameter itself.
 */
final class QueryParams {

    static final int DEFAULT_PAGE_SIZE = 20;
    static final int MAX_PAGE_SIZE = 200;

    private QueryParams() {
    }

    static int page(String value) {
        return integer("page", value, 0, 0, Integer.MAX_VALUE);
    }

    static int size(String value) {
        return integer("size", value, DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE);
    }

    static int integer(String name, String value, int defaultValue, int min, int max) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            int number = Integer.parseInt(value.trim());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below, with the allowed range
        }
        throw ApiException.badRequest(name, "'" + value + "' is not a whole number from " + min + " to " + max);
    }

    static Boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ApiException.badRequest(name, "'" + value + "' is not true or false");
        };
    }

    static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(name, "'" + value + "' is not an ISO-8601 UTC instant such as 2026-06-30T12:00:00Z");
        }
    }

    static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw ApiException.badRequest(name, "'" + value + "' is not one of " + allowed);
        }
    }

    static String text(String name, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        if (trimmed.length() > maxLength) {
            throw ApiException.badRequest(name, "is longer than " + maxLength + " characters");
        }
        return trimmed;
    }

    /** Checks that {@code from} is before {@code to} when both are given. */
    static void range(String fromName, Instant from, String toName, Instant to) {
        if (from != null && to != null && !from.isBefore(to)) {
            throw ApiException.badRequest(toName, "must be after " + fromName + " (" + from + ")");
        }
    }
}
