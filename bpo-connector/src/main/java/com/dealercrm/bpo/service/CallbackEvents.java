package com.dealercrm.bpo.service;

import com.dealercrm.bpo.CallbackJob;
import com.dealercrm.events.Actor;
import com.dealercrm.events.Aggregate;
import com.dealercrm.events.BpoCallbackEvents;
import com.dealercrm.events.BpoCallbackEvents.CallbackResult;
import com.dealercrm.events.Topics;
import com.dealercrm.platform.outbox.EventOutbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Records the succeeded and failed events of callback jobs in the outbox, keyed by lead id, in
 * the caller's transaction. A failed event is recorded once per FAILED transition, not per
 * attempt that will be retried.
 */
@ApplicationScoped
public class CallbackEvents {

    private final EventOutbox outbox;
    private final Actor service;

    public CallbackEvents(EventOutbox outbox, @ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this.outbox = outbox;
        this.service = Actor.service(applicationName);
    }

    public Uni<Void> succeeded(CallbackJob job) {
        return record(job, BpoCallbackEvents.SUCCEEDED, null);
    }

    public Uni<Void> failed(CallbackJob job) {
        return record(job, BpoCallbackEvents.FAILED, job.lastError);
    }

    private Uni<Void> record(CallbackJob job, String type, String error) {
        String leadId = job.leadId.toString();
        Aggregate aggregate = new Aggregate(Aggregate.BPO_CALLBACK, job.id.toString(), job.bpoReference);
        CallbackResult result = new CallbackResult(job.id.toString(), leadId, job.leadReference, job.bpoLeadId,
                job.bpoReference, job.outcome.code(), job.attempts, error, job.updatedAt);
        return outbox.record(Topics.BPO_CALLBACK_EVENTS, leadId, type, aggregate, leadId, service, result)
                .replaceWithVoid();
    }
}
