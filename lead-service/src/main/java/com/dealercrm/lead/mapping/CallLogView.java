package com.dealercrm.lead.mapping;

import com.dealercrm.lead.CallResult;
import java.time.Instant;
import java.util.UUID;

/** A logged call as the API returns it. */
public record CallLogView(
        UUID id,
        UUID leadId,
        String leadReference,
        String userId,
        String userName,
        int durationSeconds,
        CallResult result,
        String summary,
        Instant loggedAt) {
}
