package com.dealercrm.delivery.rest;

import com.dealercrm.platform.error.ApiException;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

/** Parses query parameters, raising 400 with the parameter named when a value is invalid. */
final class QueryParams {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 200;

    private QueryParams() {
    }

    static int page(String value) {
        int page = integer("page", value, 0);
        if (page < 0) {
            throw ApiException.badRequest("page", "must be 0 or more, not " + page);
        }
        return page;
    }

    static int size(String value) {
        int size = integer("size", value, DEFAULT_SIZE);
        if (size < 1 || size > MAX_SIZE) {
            throw ApiException.badRequest("size", "must be between 1 and " + MAX_SIZE + ", not " + size);
        }
        return size;
    }

    /** Returns the UUID, or null when the parameter is absent or empty. */
    static UUID optionalUuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(name, "'" + value + "' is not a valid UUID");
        }
    }

    static UUID requiredUuid(String name, String value) {
        UUID id = optionalUuid(name, value);
        if (id == null) {
            throw ApiException.badRequest(name, "is required and must be the id of a sale order");
        }
        return id;
    }

    /** Returns the enum constant named by the value, or null when absent or empty. */
    static <E extends Enum<E>> E optionalEnum(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw ApiException.badRequest(name, "'" + value + "' is not one of " + allowed);
        }
    }

    private static int integer(String name, String value, int defaultValue) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name, "'" + value + "' is not a whole number");
        }
    }
}
