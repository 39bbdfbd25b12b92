package com.dealercrm.bpo.rest;

import com.dealercrm.bpo.CallbackStatus;
import com.dealercrm.platform.error.ApiException;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

/** Parses query parameters into values. An invalid one raises a 400 that names the parameter. */
final class QueryParams {

    static final int MAX_PAGE_SIZE = 200;
    static final int DEFAULT_PAGE_SIZE = 20;

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
        int size = integer("size", value, DEFAULT_PAGE_SIZE);
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw ApiException.badRequest("size", "must be between 1 and " + MAX_PAGE_SIZE + ", not " + size);
        }
        return size;
    }

    static CallbackStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return CallbackStatus.valueOf(value);
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(CallbackStatus.values()).map(Enum::name).collect(Collectors.joining(", "));
            throw ApiException.badRequest("status", "'" + value + "' is not one of " + allowed);
        }
    }

    static UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(name, "'" + value + "' is not a valid UUID");
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
