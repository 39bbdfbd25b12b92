package com.dealercrm.bpo.service;

import com.dealercrm.bpo.CallbackJob;
import com.dealercrm.bpo.client.BpoCrmClient;
import com.dealercrm.bpo.client.CallbackPayload;
import com.dealercrm.bpo.client.ConnectionSettings;
import com.dealercrm.platform.outbox.EventOutbox;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Executor;

/** Runs due callback jobs one at a time: claim, call BPO CRM, record the result. */
@ApplicationScoped
public class CallbackWorker {

    private final CallbackJobService jobs;
    private final ConnectionService connections;
    private final BpoCrmClient client;
    private final EventOutbox outbox;

    public CallbackWorker(CallbackJobService jobs, ConnectionService connections, BpoCrmClient client, EventOutbox outbox) {
        this.jobs = jobs;
        this.connections = connections;
        this.client = client;
        this.outbox = outbox;
    }

    /**
     * Runs up to {@code max} due jobs one after another and returns how many ran. Must be called
     * on a Vert.x duplicated context marked safe, because it opens Hibernate Reactive sessions.
     */
    public Uni<Integer> runDue(int max) {
        return runDue(0, max);
    }

    private Uni<Integer> runDue(int done, int max) {
        if (done >= max) {
            return Uni.createFrom().item(done);
        }
        return runNext()
                .flatMap(ran -> ran ? runDue(done + 1, max) : Uni.createFrom().item(done));
    }

    /** Claims and runs the next due job. Returns false when none is due. */
    private Uni<Boolean> runNext() {
        return jobs.claimDue(1)
                .flatMap(claimed -> claimed.isEmpty()
                        ? Uni.createFrom().item(false)
                        : attempt(claimed.get(0)).replaceWith(true));
    }

    private Uni<Void> attempt(CallbackJob job) {
        Log.debugf("Running BPO callback job %s (attempt %d) for dealer lead %s", job.id, job.attempts + 1, job.leadReference);
        return connections.settings()
                .flatMap(settings -> call(job, settings));
    }

    private Uni<Void> call(CallbackJob job, ConnectionSettings settings) {
        if (!settings.hasApiKey()) {
            return jobs.recordFailure(job, null, CallFailure.missingApiKey());
        }
        Instant startedAt = outbox.now();
        Executor context = currentContext();
        return client.sendCallback(settings, payload(job))
                .emitOn(context)
                .onItemOrFailure().transformToUni((result, failure) -> failure == null
                        ? jobs.recordSuccess(job, startedAt)
                        : jobs.recordFailure(job, startedAt, CallFailure.of(failure, settings)));
    }

    static CallbackPayload payload(CallbackJob job) {
        return new CallbackPayload(
                job.bpoLeadId,
                job.outcome.code(),
                job.leadReference,
                job.leadId.toString(),
                job.saleOrderName,
                DateTimeFormatter.ISO_INSTANT.format(job.outcomeAt),
                job.lostReason,
                job.notes);
    }

    /**
     * Returns an executor for the current Vert.x context. The call's result may arrive on a timer
     * thread (after a timeout), and the sessions that record it must be opened on this context.
     */
    private static Executor currentContext() {
        Context context = Vertx.currentContext();
        if (context == null) {
            throw new IllegalStateException("Callback jobs must run on a Vert.x context");
        }
        return task -> context.runOnContext(ignored -> task.run());
    }
}
