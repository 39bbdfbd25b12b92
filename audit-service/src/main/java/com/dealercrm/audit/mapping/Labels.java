package com.dealercrm.audit.mapping;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Display names of the enum values and field names that appear in chatter sentences. */
public final class Labels {

    private static final Map<String, String> STAGES = Map.of(
            "NEW", "New",
            "QUALIFIED", "Qualified",
            "NEGOTIATION", "Negotiation",
            "WON", "Won",
            "LOST", "Lost");

    private static final Map<String, String> LOST_REASONS = Map.of(
            "PRICE_TOO_HIGH", "Price Too High",
            "CHOSE_COMPETITOR", "Chose Competitor",
            "NOT_READY_TO_BUY", "Not Ready to Buy",
            "FINANCING_ISSUES", "Financing Issues",
            "NO_STOCK_AVAILABLE", "No Stock Available",
            "BUYER_CANCELLED", "Buyer Cancelled",
            "OTHER", "Other");

    private static final Map<String, String> BPO_SYNC_STATUSES = Map.of(
            "NONE", "None",
            "PENDING", "Pending",
            "SYNCED", "Synced",
            "FAILED", "Failed");

    private Labels() {
    }

    public static String stage(String stage) {
        return STAGES.getOrDefault(stage, enumLabel(stage));
    }

    public static String lostReason(String reason) {
        return LOST_REASONS.getOrDefault(reason, enumLabel(reason));
    }

    public static String bpoSyncStatus(String status) {
        return BPO_SYNC_STATUSES.getOrDefault(status, enumLabel(status));
    }

    /** Turns an enum value such as {@code NO_ANSWER} into {@code No answer}, and null into {@code unknown}. */
    public static String enumLabel(String value) {
        if (value == null || value.isBlank()) {
            return "unknown";
        }
        String words = value.trim().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** Turns a field path such as {@code customer.mobile} or {@code expectedPrice} into {@code customer mobile}, {@code expected price}. */
    public static String field(String field) {
        if (field == null || field.isBlank()) {
            return "a field";
        }
        return field.replaceAll("([a-z0-9])([A-Z])", "$1 $2")
                .replace('.', ' ')
                .replace('_', ' ')
                .toLowerCase(Locale.ROOT)
                .trim();
    }

    /** Joins items as {@code a}, {@code a and b}, {@code a, b and c}. */
    public static String joinWithAnd(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** Renders an amount with two decimal places, as the API does, and null as {@code unknown}. */
    public static String money(BigDecimal amount) {
        return amount == null ? "unknown" : amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** Renders a quantity without trailing zeros: {@code 1}, {@code 2.5}. */
    public static String quantity(BigDecimal quantity) {
        return quantity == null ? "0" : quantity.stripTrailingZeros().toPlainString();
    }

    /** Renders a call duration as {@code 45 s}, {@code 4 min} or {@code 4 min 5 s}. */
    public static String duration(int seconds) {
        int minutes = seconds / 60;
        int rest = seconds % 60;
        if (minutes == 0) {
            return rest + " s";
        }
        return rest == 0 ? minutes + " min" : minutes + " min " + rest + " s";
    }

    /** Ends a sentence with a period unless the text already ends with punctuation. */
    public static String sentence(String text) {
        String trimmed = text.strip();
        return trimmed.endsWith(".") || trimmed.endsWith("!") || trimmed.endsWith("?") ? trimmed : trimmed + ".";
    }
}
