package com.dealercrm.lead.service;

import com.dealercrm.events.BpoCallbackEvents;
import com.dealercrm.events.BpoCallbackEvents.CallbackResult;
import com.dealercrm.events.EventEnvelope;
import com.dealercrm.events.EventJson;
import com.dealercrm.lead.BpoSyncStatus;
import com.dealercrm.lead.Lead;
import com.dealercrm.lead.LeadStage;
import com.dealercrm.lead.repository.LeadRepository;
import com.dealercrm.platform.inbox.EventInbox;
import com.dealercrm.platform.outbox.EventOutbox;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Handles dealer.bpo-callback.events once per event id and keeps the BPO sync status of endorsed
 * leads: a succeeded callback sets SYNCED, a failed one FAILED. The stage never changes, because
 * a failed callback does not undo the local Won or Lost. An event that does not match the lead
 * (another BPO source lead, a lead that is not endorsed, or an outcome other than the lead's
 * stage) is logged and ignored.
 */
@ApplicationScoped
public class BpoCallbackEventConsumer {

    private static final Set<String> KNOWN_TYPES = Set.of(BpoCallbackEvents.SUCCEEDED, BpoCallbackEvents.FAILED);

    private final LeadRepository leads;
    private final LeadEventPublisher events;
    private final EventOutbox outbox;
    private final Map<String, EventInbox.Handler> handlers;

    public BpoCallbackEventConsumer(LeadRepository leads, LeadEventPublisher events, EventOutbox outbox) {
        this.leads = leads;
        this.events = events;
        this.outbox = outbox;
        this.handlers = Map.of(
                BpoCallbackEvents.SUCCEEDED, event -> apply(event, BpoSyncStatus.SYNCED),
                BpoCallbackEvents.FAILED, event -> apply(event, BpoSyncStatus.FAILED));
    }

    /** Returns the handlers that {@link IncomingEventConsumer} runs for this topic's records. */
    EventInbox.TopicHandlers topicHandlers() {
        return new EventInbox.TopicHandlers(KNOWN_TYPES, handlers);
    }

    private Uni<Void> apply(EventEnvelope event, BpoSyncStatus status) {
        CallbackResult result = IncomingEvents.required(EventJson.data(event, CallbackResult.class), "data", event);
        String leadIdText = result.leadId() != null ? result.leadId() : event.leadid();
        UUID leadId = IncomingEvents.uuid(leadIdText, "leadId", event);
        return leads.findForUpdate(leadId)
                .chain(lead -> {
                    if (lead == null) {
                        Log.warnf("Ignoring %s %s: lead %s does not exist", event.type(), event.id(), leadId);
                        return Uni.createFrom().voidItem();
                    }
                    return apply(event, result, lead, status);
                });
    }

    private Uni<Void> apply(EventEnvelope event, CallbackResult result, Lead lead, BpoSyncStatus status) {
        String mismatch = mismatch(lead, result);
        if (mismatch != null) {
            Log.warnf("Ignoring %s %s for lead %s: %s", event.type(), event.id(), lead.reference, mismatch);
            return Uni.createFrom().voidItem();
        }
        if (lead.bpoSyncStatus == status) {
            Log.debugf("Lead %s is already %s, nothing to change for %s", lead.reference, status, event.id());
            return Uni.createFrom().voidItem();
        }
        BpoSyncStatus from = lead.bpoSyncStatus;
        lead.bpoSyncStatus = status;
        lead.updatedAt = outbox.now();
        Log.infof("BPO sync status of lead %s changed from %s to %s by callback job %s", lead.reference, from, status, result.jobId());
        return events.bpoSyncChanged(lead, from, result.error(), event.actor());
    }

    /** Returns why the callback result does not belong to the lead, or null when it does. */
    private static String mismatch(Lead lead, CallbackResult result) {
        if (!lead.isEndorsed()) {
            return "the lead was not endorsed from BPO CRM";
        }
        if (lead.bpoSourceLeadId != result.bpoLeadId()) {
            return "the callback is for BPO lead " + result.bpoLeadId() + ", but the lead's BPO source lead is " + lead.bpoSourceLeadId;
        }
        LeadStage expected = switch (String.valueOf(result.outcome())) {
            case "won" -> LeadStage.WON;
            case "lost" -> LeadStage.LOST;
            default -> null;
        };
        if (expected != lead.stage) {
            return "the callback reports outcome '" + result.outcome() + "', but the lead is " + lead.stage.label();
        }
        return null;
    }
}
