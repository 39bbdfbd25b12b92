package com.dealercrm.bpo.repository;

import com.dealercrm.bpo.CallbackJob;
import com.dealercrm.bpo.CallbackStatus;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Callback jobs in the {@code bpo_callback_job} table. */
@ApplicationScoped
public class CallbackJobRepository implements PanacheRepositoryBase<CallbackJob, UUID> {

    /**
     * Due PENDING jobs whose claim is free or expired, oldest due first. SKIP LOCKED lets several
     * replicas claim at the same time without waiting for each other or taking the same job.
     */
    private static final String LOCK_DUE = "SELECT * FROM bpo_callback_job"
            + " WHERE status = 'PENDING' AND next_attempt_at <= :now"
            + " AND (claimed_until IS NULL OR claimed_until < :now)"
            + " ORDER BY next_attempt_at, id"
            + " LIMIT :limit"
            + " FOR UPDATE SKIP LOCKED";

    /** Locks up to {@code limit} due jobs for the current transaction. */
    public Uni<List<CallbackJob>> lockDue(Instant now, int limit) {
        return getSession().flatMap(session -> session.createNativeQuery(LOCK_DUE, CallbackJob.class)
                .setParameter("now", now)
                .setParameter("limit", limit)
                .getResultList());
    }

    public Uni<CallbackJob> lockById(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public Uni<Boolean> existsForEvent(UUID eventId) {
        return count("eventId", eventId).map(count -> count > 0);
    }

    /** Returns one page of jobs, newest first, filtered by status and lead when those are given. */
    public Uni<List<CallbackJob>> search(CallbackStatus status, UUID leadId, int page, int size) {
        Filter filter = Filter.of(status, leadId);
        return find(filter.query(), Sort.descending("createdAt").and("id"), filter.parameters())
                .page(page, size)
                .list();
    }

    public Uni<Long> countMatching(CallbackStatus status, UUID leadId) {
        Filter filter = Filter.of(status, leadId);
        return count(filter.query(), filter.parameters());
    }

    /** Makes every FAILED job PENDING and due now, with {@code extraAttempts} more attempts. */
    public Uni<Integer> restartFailed(int extraAttempts, Instant now) {
        return update("status = :pending, attemptLimit = attempts + :extra, nextAttemptAt = :now,"
                        + " completedAt = null, updatedAt = :now where status = :failed",
                Parameters.with("pending", CallbackStatus.PENDING)
                        .and("extra", extraAttempts)
                        .and("now", now)
                        .and("failed", CallbackStatus.FAILED));
    }

    private record Filter(String query, Parameters parameters) {

        static Filter of(CallbackStatus status, UUID leadId) {
            StringBuilder query = new StringBuilder("1 = 1");
            Parameters parameters = new Parameters();
            if (status != null) {
                query.append(" and status = :status");
                parameters.and("status", status);
            }
            if (leadId != null) {
                query.append(" and leadId = :leadId");
                parameters.and("leadId", leadId);
            }
            return new Filter(query.toString(), parameters);
        }
    }
}
