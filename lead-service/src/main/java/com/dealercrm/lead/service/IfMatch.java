package com.dealercrm.lead.service;

import com.dealercrm.lead.Lead;
import com.dealercrm.platform.error.ApiException;

/** Optimistic locking: an {@code If-Match} header carries the lead version the client last read. */
final class IfMatch {

    private IfMatch() {
    }

    /**
     * Raises a 412 when the header names versions and none is the lead's current one, and a 400
     * when it is not a list of quoted versions or {@code *}. An absent header matches any version.
     */
    static void check(Lead lead, String header) {
        if (header == null || header.isBlank()) {
            return;
        }
        for (String tag : header.split(",")) {
            String value = tag.trim();
            if (value.equals("*") || version(value) == lead.version) {
                return;
            }
        }
        throw ApiException.preconditionFailed("Lead " + lead.reference + " was changed by someone else and is now at version "
                + lead.version + ", not " + header.trim() + "; reload it and apply your change again.");
    }

    private static long version(String tag) {
        String value = tag.startsWith("W/") ? tag.substring(2) : tag;
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("If-Match", "'" + tag + "' is not a lead version; send the version in quotes, such as \"3\"");
        }
    }
}
