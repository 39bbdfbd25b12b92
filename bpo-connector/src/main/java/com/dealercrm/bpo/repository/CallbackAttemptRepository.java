package com.dealercrm.bpo.repository;

import com.dealercrm.bpo.CallbackAttempt;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** The calls made for callback jobs, in the {@code bpo_callback_attempt} table. */
@ApplicationScoped
public class CallbackAttemptRepository implements PanacheRepositoryBase<CallbackAttempt, UUID> {

    public Uni<List<CallbackAttempt>> listForJob(UUID jobId) {
        return list("jobId", Sort.ascending("number"), jobId);
    }
}
