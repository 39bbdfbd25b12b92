package com.dealercrm.bpo.service;

import com.dealercrm.bpo.CallbackJob;
import com.dealercrm.bpo.CallbackOutcome;
import com.dealercrm.bpo.config.BpoConfig;
import com.dealercrm.bpo.repository.CallbackJobRepository;
import com.dealercrm.events.EventEnvelope;
import com.dealercrm.events.EventJson;
import com.dealercrm.events.LeadEvents.LeadLost;
import com.dealercrm.events.LeadEvents.LeadWon;
import com.dealercrm.events.MalformedEventException;
import com.dealercrm.platform.outbox.EventOutbox;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * Turns LeadWon and LeadLost events of endorsed leads into PENDING callback jobs, one per event.
 * Events of leads without a BPO source lead are ignored. Runs in the consumer's transaction.
 */
@ApplicationScoped
public class CallbackIntakeService {

    private static final String OTHER_REASON = "other";

    private final CallbackJobRepository jobs;
    private final EventOutbox outbox;
    private final int maxAttempts;

    public CallbackIntakeService(CallbackJobRepository jobs, EventOutbox outbox, BpoConfig config) {
        this.jobs = jobs;
        this.outbox = outbox;
        this.maxAttempts = config.maxAttempts();
    }

    public Uni<Void> onLeadWon(EventEnvelope envelope) {
        LeadWon won = EventJson.data(envelope, LeadWon.class);
        if (won.bpoSourceLeadId() == null) {
            return ignoreNotEndorsed(envelope);
        }
        CallbackJob job = newJob(envelope, won.bpoSourceLeadId(), won.bpoSourceReference(), CallbackOutcome.WON, won.dateWon());
        job.saleOrderName = won.saleOrderName();
        return enqueue(job);
    }

    public Uni<Void> onLeadLost(EventEnvelope envelope) {
        LeadLost lost = EventJson.data(envelope, LeadLost.class);
        if (lost.bpoSourceLeadId() == null) {
            return ignoreNotEndorsed(envelope);
        }
        CallbackJob job = newJob(envelope, lost.bpoSourceLeadId(), lost.bpoSourceReference(), CallbackOutcome.LOST, lost.dateLost());
        job.saleOrderName = lost.saleOrderName();
        job.lostReason = reasonCode(envelope, lost.reason());
        job.notes = lost.notes();
        return enqueue(job);
    }

    private CallbackJob newJob(EventEnvelope envelope, long bpoLeadId, String bpoReference, CallbackOutcome outcome, Instant date) {
        CallbackJob job = CallbackJob.pending(envelope.eventId(), maxAttempts, outbox.now());
        job.leadId = leadId(envelope);
        job.leadReference = envelope.aggregateref() != null ? envelope.aggregateref() : envelope.aggregateid();
        job.bpoLeadId = bpoLeadId;
        job.bpoReference = bpoReference;
        job.outcome = outcome;
        job.outcomeAt = date != null ? date : envelope.time();
        if (bpoLeadId <= 0 || job.outcomeAt == null) {
            throw new MalformedEventException(envelope.type() + " " + envelope.id() + " has BPO lead id " + bpoLeadId
                    + " and date " + job.outcomeAt + ", but a positive id and a date are expected");
        }
        return job;
    }

    private Uni<Void> enqueue(CallbackJob job) {
        return jobs.existsForEvent(job.eventId)
                .flatMap(exists -> {
                    if (exists) {
                        Log.debugf("A BPO callback job for event %s exists already", job.eventId);
                        return Uni.createFrom().voidItem();
                    }
                    Log.infof("Queued BPO callback job %s: dealer lead %s %s, BPO lead %d (%s)",
                            job.id, job.leadReference, job.outcome.code(), job.bpoLeadId, job.bpoReference);
                    return jobs.persist(job).replaceWithVoid();
                });
    }

    private static Uni<Void> ignoreNotEndorsed(EventEnvelope envelope) {
        Log.debugf("Lead %s has no BPO source lead; no callback for %s %s", envelope.aggregateid(), envelope.type(), envelope.id());
        return Uni.createFrom().voidItem();
    }

    private static UUID leadId(EventEnvelope envelope) {
        try {
            return UUID.fromString(envelope.aggregateid());
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException(envelope.type() + " " + envelope.id() + " has lead id " + envelope.aggregateid()
                    + ", which is not a UUID", e);
        }
    }

    /** Returns the lower-case code BPO CRM expects, such as {@code price_too_high} for PRICE_TOO_HIGH. */
    static String reasonCode(EventEnvelope envelope, String reason) {
        String code = reason == null ? "" : reason.trim().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        code = code.replaceAll("^_+|_+$", "");
        if (code.isEmpty()) {
            Log.warnf("%s %s of lead %s has no lost reason, so '%s' is reported to BPO CRM", envelope.type(), envelope.id(), envelope.aggregateid(), OTHER_REASON);
            return OTHER_REASON;
        }
        return code;
    }
}
