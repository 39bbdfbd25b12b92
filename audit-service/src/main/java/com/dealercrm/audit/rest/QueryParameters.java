package com.dealercrm.audit.rest;

import com.dealercrm.events.Aggregate;
import com.dealercrm.platform.error.ApiException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/** Parses query parameters and raises a 400 {@link ApiException} naming the parameter and its invalid value. */
final class QueryParameters {

    static final int MAX_SIZE = 200;

    private static final List<String> AGGREGATE_TYPES =
            List.of(Aggregate.LEAD, Aggregate.SALE_ORDER, Aggregate.PICKING, Aggregate.BPO_CALLBACK);

    private QueryParameters() {
    }

    static int page(String value) {
        int page = integer("page", value, 0);
        if (page < 0) {
            throw ApiException.badRequest("page", "'" + value + "' is negative; pages start at 0");
        }
        return page;
    }

    static int size(String value, int defaultSize) {
        int size = integer("size", value, defaultSize);
        if (size < 1 || size > MAX_SIZE) {
            throw ApiException.badRequest("size", "'" + value + "' is out of range; use 1 to " + MAX_SIZE);
        }
        return size;
    }

    /** Returns the value if it is a UUID, null when absent. */
    static String uuid(String field, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return UUID.fromString(value.trim()).toString();
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(field, "'" + value + "' is not a UUID");
        }
    }

    /**
     * Parses a {@code [from, to)} range. Each bound is an ISO-8601 instant or a date in UTC: a
     * {@code from} date starts at its first instant and a {@code to} date includes all of that day,
     * so {@code from=2026-04-01&to=2026-06-30} is the second quarter. A missing bound is open.
     */
    static TimeRange range(String from, String to) {
        Instant start = instant("from", from, false);
        Instant end = instant("to", to, true);
        if (start != null && end != null && !start.isBefore(end)) {
            throw ApiException.badRequest("to", "'" + to.trim() + "' is not after from '" + from.trim() + "'; the range is empty");
        }
        return new TimeRange(start, end);
    }

    static String aggregateType(String value) {
        if (blank(value)) {
            return null;
        }
        if (!AGGREGATE_TYPES.contains(value.trim())) {
            throw ApiException.badRequest("aggregateType", "'" + value + "' is not one of " + String.join(", ", AGGREGATE_TYPES));
        }
        return value.trim();
    }

    /** Returns the trimmed text, null when absent or blank. */
    static String text(String value) {
        return blank(value) ? null : value.trim();
    }

    /** A range of instants, from inclusive and to exclusive; a null bound is open. */
    record TimeRange(Instant from, Instant to) {
    }

    private static Instant instant(String field, String value, boolean endOfDay) {
        if (blank(value)) {
            return null;
        }
        String text = value.trim();
        try {
            if (text.length() == 10) {
                LocalDate date = LocalDate.parse(text);
                return (endOfDay ? date.plusDays(1) : date).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(field, "'" + value + "' is not an ISO-8601 instant such as 2026-06-30T12:00:00Z or a date such as 2026-06-30");
        }
    }

    private static int integer(String field, String value, int defaultValue) {
        if (blank(value)) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(field, "'" + value + "' is not a whole number");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
