package com.dealercrm.bpo.rest;

import com.dealercrm.bpo.CallbackAttempt;
import com.dealercrm.bpo.CallbackJob;
import com.dealercrm.bpo.CallbackOutcome;
import com.dealercrm.bpo.CallbackStatus;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A callback job as the API returns it. {@code history} lists its attempts, on the single-job read only. */
public record CallbackJobView(
        UUID id,
        UUID leadId,
        String leadReference,
        long bpoLeadId,
        String bpoReference,
        CallbackOutcome outcome,
        String saleOrderName,
        String lostReason,
        CallbackStatus status,
        int attempts,
        String lastError,
        Instant nextAttemptAt,
        Instant createdAt,
        Instant updatedAt,
        Instant completedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<AttemptView> history) {

    /** One call made for the job. */
    public record AttemptView(int number, Instant startedAt, Instant finishedAt, CallbackAttempt.Result result, String error) {

        static AttemptView of(CallbackAttempt attempt) {
            return new AttemptView(attempt.number, attempt.startedAt, attempt.finishedAt, attempt.result, attempt.error);
        }
    }

    static CallbackJobView of(CallbackJob job) {
        return of(job, null);
    }

    static CallbackJobView of(CallbackJob job, List<CallbackAttempt> attempts) {
        List<AttemptView> history = attempts == null ? null : attempts.stream().map(AttemptView::of).toList();
        return new CallbackJobView(job.id, job.leadId, job.leadReference, job.bpoLeadId, job.bpoReference, job.outcome,
                job.saleOrderName, job.lostReason, job.status, job.attempts, job.lastError, job.nextAttemptAt,
                job.createdAt, job.updatedAt, job.completedAt, history);
    }
}
