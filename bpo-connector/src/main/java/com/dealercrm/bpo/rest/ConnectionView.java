package com.dealercrm.bpo.rest;

import com.dealercrm.bpo.service.ConnectionService.CurrentConnection;
import java.time.Instant;

/**
 * The BPO CRM connection in effect. The API key itself is write-only, and {@code apiKeySet}
 * shows whether there is one. {@code source} is {@code configuration} or {@code saved}.
 */
public record ConnectionView(
        String url,
        String database,
        String login,
        boolean apiKeySet,
        String source,
        Instant updatedAt,
        String updatedBy) {

    static ConnectionView of(CurrentConnection current) {
        return new ConnectionView(
                current.settings().url(),
                current.settings().database(),
                current.settings().login(),
                current.settings().hasApiKey(),
                current.saved() ? "saved" : "configuration",
                current.updatedAt(),
                current.updatedBy());
    }
}
