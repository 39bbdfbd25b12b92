package com.dealercrm.bpo;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A won or lost outcome of an endorsed dealer lead that must reach the BPO source lead.
 *
 * <p>A job stays PENDING until BPO CRM accepts the callback (SUCCEEDED) or the job gives up
 * (FAILED). While PENDING, {@code nextAttemptAt} is when a worker may try again, and a worker
 * that took the job keeps it through {@code claimToken} until {@code claimedUntil}.
 */
@Entity
@Table(name = "bpo_callback_job")
public class CallbackJob extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "event_id", nullable = false, updatable = false)
    public UUID eventId;

    @Column(name = "lead_id", nullable = false, updatable = false)
    public UUID leadId;

    @Column(name = "lead_reference", nullable = false, updatable = false)
    public String leadReference;

    @Column(name = "bpo_lead_id", nullable = false, updatable = false)
    public long bpoLeadId;

    @Column(name = "bpo_reference", updatable = false)
    public String bpoReference;

    @Column(nullable = false, updatable = false)
    public CallbackOutcome outcome;

    @Column(name = "outcome_at", nullable = false, updatable = false)
    public Instant outcomeAt;

    @Column(name = "sale_order_name", updatable = false)
    public String saleOrderName;

    /** The lower-case lost reason code, such as {@code price_too_high}, or null for a won lead. */
    @Column(name = "lost_reason", updatable = false)
    public String lostReason;

    @Column(updatable = false)
    public String notes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CallbackStatus status;

    /** Calls made to BPO CRM for this job so far, over every run. */
    @Column(nullable = false)
    public int attempts;

    /** The attempt count at which the job gives up. A manual retry raises it by the configured maximum. */
    @Column(name = "attempt_limit", nullable = false)
    public int attemptLimit;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "claim_token")
    public UUID claimToken;

    @Column(name = "claimed_until")
    public Instant claimedUntil;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "completed_at")
    public Instant completedAt;

    /** Creates a PENDING job that is due now. The caller fills in the lead and outcome. */
    public static CallbackJob pending(UUID eventId, int attemptLimit, Instant now) {
        CallbackJob job = new CallbackJob();
        job.id = UUID.randomUUID();
        job.eventId = eventId;
        job.status = CallbackStatus.PENDING;
        job.attempts = 0;
        job.attemptLimit = attemptLimit;
        job.nextAttemptAt = now;
        job.createdAt = now;
        job.updatedAt = now;
        return job;
    }

    public boolean isClaimedBy(UUID token) {
        return status == CallbackStatus.PENDING && token.equals(claimToken);
    }

    public void claim(UUID token, Instant until, Instant now) {
        claimToken = token;
        claimedUntil = until;
        updatedAt = now;
    }

    /** Counts a call made to BPO CRM and returns its number. */
    public int countAttempt() {
        attempts++;
        return attempts;
    }

    public boolean hasAttemptsLeft() {
        return attempts < attemptLimit;
    }

    public void succeed(Instant now) {
        status = CallbackStatus.SUCCEEDED;
        lastError = null;
        complete(now);
    }

    public void fail(String error, Instant now) {
        status = CallbackStatus.FAILED;
        lastError = error;
        complete(now);
    }

    /** Keeps the job PENDING and releases it until {@code nextAttempt}. */
    public void retryAt(Instant nextAttempt, String error, Instant now) {
        lastError = error;
        nextAttemptAt = nextAttempt;
        release(now);
    }

    /** Turns a FAILED job back to PENDING, due now, with {@code extraAttempts} more attempts. */
    public void restart(int extraAttempts, Instant now) {
        status = CallbackStatus.PENDING;
        attemptLimit = attempts + extraAttempts;
        nextAttemptAt = now;
        completedAt = null;
        updatedAt = now;
    }

    private void complete(Instant now) {
        nextAttemptAt = null;
        completedAt = now;
        release(now);
    }

    private void release(Instant now) {
        claimToken = null;
        claimedUntil = null;
        updatedAt = now;
    }
}
