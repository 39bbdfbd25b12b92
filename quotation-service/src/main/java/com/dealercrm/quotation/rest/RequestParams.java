package com.dealercrm.quotation.rest;

import com.dealercrm.platform.error.ApiException;
import java.util.Arrays;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Parses path, query and header values by hand, so that a bad value is a 400 naming the parameter
 * (JAX-RS responds with 404 to a query parameter it cannot convert).
 */
final class RequestParams {

    static final int MAX_PAGE_SIZE = 200;
    private static final int DEFAULT_PAGE_SIZE = 20;
    private static final Pattern ENTITY_TAG = Pattern.compile("^(?:W/)?\"?(\\d{1,18})\"?$");

    private RequestParams() {
    }

    /** The page number (from 0) and page size asked for. */
    record Paging(int page, int size) {
    }

    /** Parses an id in the path. A value that is not a UUID cannot name anything, so it is a 404. */
    static UUID pathId(String value, String resourceName) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound(resourceName + " " + value + " does not exist. Check the id, which is a UUID.");
        }
    }

    /** Parses an optional UUID query parameter. Null or empty means no filter. */
    static UUID optionalUuid(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(field, "'" + value + "' is not a UUID");
        }
    }

    /** Parses an optional enum query parameter. Null or empty means no filter. */
    static <E extends Enum<E>> E optionalEnum(String value, Class<E> type, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw ApiException.badRequest(field, "'" + value + "' is not one of " + allowed);
        }
    }

    /** Parses {@code page} (from 0, default 0) and {@code size} (1 to 200, default 20). */
    static Paging paging(String page, String size) {
        int pageNumber = integer(page, "page", 0);
        int pageSize = integer(size, "size", DEFAULT_PAGE_SIZE);
        if (pageNumber < 0) {
            throw ApiException.badRequest("page", "must be 0 or greater, but was " + pageNumber);
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw ApiException.badRequest("size", "must be between 1 and " + MAX_PAGE_SIZE + ", but was " + pageSize);
        }
        return new Paging(pageNumber, pageSize);
    }

    /**
     * Parses an optional {@code If-Match} header that contains an order version, such as
     * {@code "3"}. Returns null without the header.
     */
    static Long ifMatchVersion(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Matcher matcher = ENTITY_TAG.matcher(value.strip());
        if (!matcher.matches()) {
            throw ApiException.badRequest("If-Match", "'" + value + "' is not a version. Send the order's version in quotes, such as \"3\"");
        }
        return Long.parseLong(matcher.group(1));
    }

    /** Checks the {@code Idempotency-Key} header: required, at most 255 characters. */
    static String idempotencyKey(String value) {
        if (value == null || value.isBlank()) {
            throw ApiException.badRequest("Idempotency-Key", "the header is missing. Send a unique key for each new order, such as the lead id");
        }
        String key = value.strip();
        if (key.length() > 255) {
            throw ApiException.badRequest("Idempotency-Key", "must be at most 255 characters, but has " + key.length());
        }
        return key;
    }

    private static int integer(String value, String field, int defaultValue) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(field, "'" + value + "' is not a whole number");
        }
    }
}
