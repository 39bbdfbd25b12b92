package com.dealercrm.bpo.service;

import com.dealercrm.bpo.CallbackAttempt;
import com.dealercrm.bpo.CallbackJob;
import com.dealercrm.bpo.CallbackStatus;
import com.dealercrm.bpo.config.BpoConfig;
import com.dealercrm.bpo.repository.CallbackAttemptRepository;
import com.dealercrm.bpo.repository.CallbackJobRepository;
import com.dealercrm.platform.error.ApiException;
import com.dealercrm.platform.outbox.EventOutbox;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The life of a callback job after intake: claiming due jobs, recording each attempt's result
 * with its event, and manual retries.
 */
@ApplicationScoped
public class CallbackJobService {

    /** One page of jobs and the count of all jobs that match. */
    public record JobPage(List<CallbackJob> jobs, long total) {
    }

    /** A job with its attempts, oldest first. */
    public record JobHistory(CallbackJob job, List<CallbackAttempt> attempts) {
    }

    private final CallbackJobRepository jobs;
    private final CallbackAttemptRepository attempts;
    private final CallbackEvents events;
    private final BackoffPolicy backoff;
    private final EventOutbox outbox;
    private final int maxAttempts;
    private final Duration claimDuration;

    public CallbackJobService(CallbackJobRepository jobs, CallbackAttemptRepository attempts, CallbackEvents events,
            BackoffPolicy backoff, EventOutbox outbox, BpoConfig config) {
        this.jobs = jobs;
        this.attempts = attempts;
        this.events = events;
        this.backoff = backoff;
        this.outbox = outbox;
        this.maxAttempts = config.maxAttempts();
        this.claimDuration = config.worker().claimDuration();
    }

    @WithSession
    public Uni<JobPage> search(CallbackStatus status, UUID leadId, int page, int size) {
        return jobs.search(status, leadId, page, size)
                .flatMap(found -> jobs.countMatching(status, leadId)
                        .map(total -> new JobPage(found, total)));
    }

    /** Returns the job with its attempts, or null when no job has this id. */
    @WithSession
    public Uni<JobHistory> history(UUID id) {
        return jobs.findById(id)
                .flatMap(job -> job == null
                        ? Uni.createFrom().nullItem()
                        : attempts.listForJob(id).map(list -> new JobHistory(job, list)));
    }

    /**
     * Claims up to {@code limit} due jobs for one worker and returns them. The claim outlives the
     * transaction, so the call to BPO CRM runs without holding a database lock.
     */
    @WithTransaction
    public Uni<List<CallbackJob>> claimDue(int limit) {
        Instant now = outbox.now();
        UUID token = UUID.randomUUID();
        return jobs.lockDue(now, limit)
                .invoke(due -> due.forEach(job -> job.claim(token, now.plus(claimDuration), now)));
    }

    /** Records that BPO CRM accepted the callback of a claimed job. */
    @WithTransaction
    public Uni<Void> recordSuccess(CallbackJob claimed, Instant startedAt) {
        return lockClaimed(claimed)
                .flatMap(job -> job == null ? Uni.createFrom().voidItem() : succeed(job, startedAt));
    }

    /** Records a failed attempt of a claimed job: retried later, or FAILED with a failed event. */
    @WithTransaction
    public Uni<Void> recordFailure(CallbackJob claimed, Instant startedAt, CallFailure failure) {
        return lockClaimed(claimed)
                .flatMap(job -> job == null ? Uni.createFrom().voidItem() : handleFailure(job, startedAt, failure));
    }

    /** Makes a FAILED job PENDING and due now. Returns null when no job has this id. */
    @WithTransaction
    public Uni<CallbackJob> retry(UUID id, String requestedBy) {
        return jobs.lockById(id)
                .invoke(job -> restart(job, requestedBy));
    }

    /** Makes every FAILED job PENDING and due now, and returns how many there were. */
    @WithTransaction
    public Uni<Integer> retryFailed(String requestedBy) {
        return jobs.restartFailed(maxAttempts, outbox.now())
                .invoke(count -> Log.infof("%s retried %d failed BPO callback job(s)", requestedBy, count));
    }

    private void restart(CallbackJob job, String requestedBy) {
        if (job == null) {
            return;
        }
        if (job.status != CallbackStatus.FAILED) {
            throw ApiException.conflict("BPO callback job " + job.id + " is " + job.status + ", and only FAILED jobs can be retried.")
                    .with("status", job.status);
        }
        job.restart(maxAttempts, outbox.now());
        Log.infof("%s retried BPO callback job %s for dealer lead %s", requestedBy, job.id, job.leadReference);
    }

    private Uni<CallbackJob> lockClaimed(CallbackJob claimed) {
        return jobs.lockById(claimed.id)
                .map(job -> {
                    if (job == null || !job.isClaimedBy(claimed.claimToken)) {
                        Log.warnf("BPO callback job %s was claimed again after its claim expired, so this worker's result is dropped", claimed.id);
                        return null;
                    }
                    return job;
                });
    }

    private Uni<Void> succeed(CallbackJob job, Instant startedAt) {
        Instant now = outbox.now();
        job.countAttempt();
        job.succeed(now);
        Log.infof("BPO lead %d (%s) updated to %s for dealer lead %s by job %s after %d attempt(s)",
                job.bpoLeadId, job.bpoReference, job.outcome.code(), job.leadReference, job.id, job.attempts);
        return CallbackAttempt.of(job, startedAt, now, CallbackAttempt.Result.SUCCEEDED, null)
                .persist()
                .flatMap(ignored -> events.succeeded(job));
    }

    private Uni<Void> handleFailure(CallbackJob job, Instant startedAt, CallFailure failure) {
        return switch (failure.kind()) {
            case CIRCUIT_OPEN -> postpone(job, failure);
            case NOT_CONFIGURED -> fail(job, failure.message());
            case REJECTED -> reject(job, startedAt, failure);
            case UNAVAILABLE -> job.attempts + 1 < job.attemptLimit
                    ? scheduleRetry(job, startedAt, failure)
                    : giveUp(job, startedAt, failure);
        };
    }

    /** Moves a job whose call the circuit breaker stopped to later, without counting an attempt. */
    private Uni<Void> postpone(CallbackJob job, CallFailure failure) {
        Instant now = outbox.now();
        Instant next = now.plus(backoff.delayAfter(Math.max(1, job.attempts)));
        job.retryAt(next, failure.message(), now);
        Log.warnf("BPO callback job %s for dealer lead %s postponed to %s: %s", job.id, job.leadReference, next, failure.message());
        return Uni.createFrom().voidItem();
    }

    private Uni<Void> reject(CallbackJob job, Instant startedAt, CallFailure failure) {
        job.countAttempt();
        return fail(job, failure.message())
                .flatMap(ignored -> recordAttempt(job, startedAt, CallbackAttempt.Result.FAILED, failure.message()));
    }

    private Uni<Void> scheduleRetry(CallbackJob job, Instant startedAt, CallFailure failure) {
        Instant now = outbox.now();
        job.countAttempt();
        Instant next = now.plus(backoff.delayAfter(job.attempts));
        job.retryAt(next, failure.message(), now);
        Log.warnf("BPO callback job %s for dealer lead %s failed attempt %d of %d, retrying at %s: %s",
                job.id, job.leadReference, job.attempts, job.attemptLimit, next, failure.message());
        return recordAttempt(job, startedAt, CallbackAttempt.Result.RETRY_SCHEDULED, failure.message());
    }

    private Uni<Void> giveUp(CallbackJob job, Instant startedAt, CallFailure failure) {
        job.countAttempt();
        String error = "Gave up after " + job.attempts + " attempt(s). Last error: " + failure.message();
        return fail(job, error)
                .flatMap(ignored -> recordAttempt(job, startedAt, CallbackAttempt.Result.FAILED, failure.message()));
    }

    private Uni<Void> fail(CallbackJob job, String error) {
        job.fail(error, outbox.now());
        Log.warnf("BPO callback job %s for dealer lead %s (BPO lead %d) FAILED after %d attempt(s): %s",
                job.id, job.leadReference, job.bpoLeadId, job.attempts, error);
        return events.failed(job);
    }

    private Uni<Void> recordAttempt(CallbackJob job, Instant startedAt, CallbackAttempt.Result result, String error) {
        return CallbackAttempt.of(job, startedAt, outbox.now(), result, error)
                .persist()
                .replaceWithVoid();
    }
}
