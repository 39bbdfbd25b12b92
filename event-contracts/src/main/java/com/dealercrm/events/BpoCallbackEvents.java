package com.dealercrm.events;

import java.time.Instant;

/**
 * Events of bpo-connector on {@link Topics#BPO_CALLBACK_EVENTS}, keyed by lead id. The aggregate
 * is the callback job ({@link Aggregate#BPO_CALLBACK}) with the BPO source lead's reference, such
 * as {@code LEAD/01234}, and {@code leadid} is set.
 */
public final class BpoCallbackEvents {

    /** BPO CRM accepted the won or lost callback of an endorsed lead. */
    public static final String SUCCEEDED = "dealer.bpo-callback.succeeded";

    /**
     * A callback job became FAILED: BPO CRM rejected the credentials or refused the callback (after
     * one attempt), no API key was set (before any attempt), or every attempt failed. Attempts that
     * will be retried publish nothing. After a manager's retry, the job publishes again when it
     * succeeds or fails.
     */
    public static final String FAILED = "dealer.bpo-callback.failed";

    private BpoCallbackEvents() {
    }

    /**
     * The result of a callback job: {@code outcome} is {@code won} or {@code lost},
     * {@code attempts} counts every call made for the job, and {@code error} is null on success.
     */
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
