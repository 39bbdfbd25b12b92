package com.dealercrm.audit.service;

import com.dealercrm.audit.repository.AuditedLeadRepository;
import com.dealercrm.events.BpoCallbackEvents;
import com.dealercrm.events.EventEnvelope;
import com.dealercrm.events.EventJson;
import com.dealercrm.events.LeadEvents;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Keeps the lead read model up to date: owner and deletion for chatter visibility, outcome and
 * latest BPO callback result for the reports.
 */
@ApplicationScoped
public class LeadProjection {

    private final AuditedLeadRepository leads;

    public LeadProjection(AuditedLeadRepository leads) {
        this.leads = leads;
    }

    /** Applies the event to the lead it belongs to; events that change none of these facts are ignored. */
    public Uni<Void> apply(EventEnvelope event, String leadId) {
        if (leadId == null) {
            return Uni.createFrom().voidItem();
        }
        return switch (event.type()) {
            case LeadEvents.CREATED -> created(event, leadId);
            case LeadEvents.ENDORSED -> endorsed(event, leadId);
            case LeadEvents.ASSIGNED -> assigned(event, leadId);
            case LeadEvents.DELETED -> leads.markDeleted(leadId, event.aggregateref());
            case LeadEvents.WON -> won(event, leadId);
            case LeadEvents.LOST -> lost(event, leadId);
            case BpoCallbackEvents.SUCCEEDED -> callback(event, leadId, "SUCCEEDED");
            case BpoCallbackEvents.FAILED -> callback(event, leadId, "FAILED");
            default -> Uni.createFrom().voidItem();
        };
    }

    private Uni<Void> created(EventEnvelope event, String leadId) {
        LeadEvents.LeadSnapshot lead = EventJson.data(event, LeadEvents.LeadCreated.class).lead();
        return leads.upsertLead(leadId, reference(event, lead), lead.ownerId(), lead.ownerName(), false, null, null);
    }

    private Uni<Void> endorsed(EventEnvelope event, String leadId) {
        LeadEvents.LeadEndorsed data = EventJson.data(event, LeadEvents.LeadEndorsed.class);
        LeadEvents.LeadSnapshot lead = data.lead();
        return leads.upsertLead(leadId, reference(event, lead), lead.ownerId(), lead.ownerName(), true, data.bpoLeadId(), data.bpoReference());
    }

    private Uni<Void> assigned(EventEnvelope event, String leadId) {
        LeadEvents.LeadAssigned data = EventJson.data(event, LeadEvents.LeadAssigned.class);
        return leads.upsertOwner(leadId, data.toUserId(), data.toUserId() == null ? null : data.toUserName());
    }

    private Uni<Void> won(EventEnvelope event, String leadId) {
        LeadEvents.LeadWon data = EventJson.data(event, LeadEvents.LeadWon.class);
        var outcome = new AuditedLeadRepository.Outcome("won", event.aggregateref(), data.stageFrom(),
                data.dateWon() != null ? data.dateWon() : event.time(), null, null, null,
                data.saleOrderName(), data.bpoSourceLeadId(), data.bpoSourceReference());
        return leads.upsertOutcome(leadId, outcome);
    }

    private Uni<Void> lost(EventEnvelope event, String leadId) {
        LeadEvents.LeadLost data = EventJson.data(event, LeadEvents.LeadLost.class);
        String reason = data.reason() != null ? data.reason() : "OTHER";
        var outcome = new AuditedLeadRepository.Outcome("lost", event.aggregateref(), data.stageFrom(),
                null, data.dateLost() != null ? data.dateLost() : event.time(), reason, data.notes(),
                data.saleOrderName(), data.bpoSourceLeadId(), data.bpoSourceReference());
        return leads.upsertOutcome(leadId, outcome);
    }

    private Uni<Void> callback(EventEnvelope event, String leadId, String status) {
        BpoCallbackEvents.CallbackResult data = EventJson.data(event, BpoCallbackEvents.CallbackResult.class);
        var result = new AuditedLeadRepository.CallbackResult(status, data.outcome(), data.error(), Math.max(data.attempts(), 0),
                data.at() != null ? data.at() : event.time(), data.leadReference(), data.bpoLeadId(), data.bpoReference());
        return leads.upsertCallback(leadId, result);
    }

    private static String reference(EventEnvelope event, LeadEvents.LeadSnapshot lead) {
        return lead.reference() != null ? lead.reference() : event.aggregateref();
    }
}
