package com.dealercrm.events;

import java.time.Instant;

/** Events of bpo-connector on {@link Topics#BPO_CALLBACK_EVENTS}, keyed by lead id. */
public final class BpoCallbackEvents {

    public static final String SUCCEEDED = "dealer.bpo-callback.succeeded";
    public static final String FAILED = "dealer.bpo-callback.failed";

    private BpoCallbackEvents() {
    }

    /** The result of a callback job: {@code error} is null on success. */
    public record CallbackResult(
            String jobId,
            String leadId,
            String leadReference,
            long bpoLeadId,
            String bpoReference,
            String outcome,
            int attempts,
            String error,
            Instant at) {
    }
}
