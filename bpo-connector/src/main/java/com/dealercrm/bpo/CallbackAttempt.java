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

/** One call made to BPO CRM for a callback job, with its result. */
@Entity
@Table(name = "bpo_callback_attempt")
public class CallbackAttempt extends PanacheEntityBase {

    /** The result of an attempt. */
    public enum Result {
        SUCCEEDED,
        RETRY_SCHEDULED,
        FAILED
    }

    @Id
    public UUID id;

    @Column(name = "job_id", nullable = false, updatable = false)
    public UUID jobId;

    @Column(nullable = false, updatable = false)
    public int number;

    @Column(name = "started_at", nullable = false, updatable = false)
    public Instant startedAt;

    @Column(name = "finished_at", nullable = false, updatable = false)
    public Instant finishedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Result result;

    @Column(updatable = false)
    public String error;

    public static CallbackAttempt of(CallbackJob job, Instant startedAt, Instant finishedAt, Result result, String error) {
        CallbackAttempt attempt = new CallbackAttempt();
        attempt.id = UUID.randomUUID();
        attempt.jobId = job.id;
        attempt.number = job.attempts;
        attempt.startedAt = startedAt;
        attempt.finishedAt = finishedAt;
        attempt.result = result;
        attempt.error = error;
        return attempt;
    }
}
