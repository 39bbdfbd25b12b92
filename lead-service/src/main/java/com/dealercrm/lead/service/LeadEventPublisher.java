package com.dealercrm.lead.service;

import com.dealercrm.events.Actor;
import com.dealercrm.events.Aggregate;
import com.dealercrm.events.FieldChange;
import com.dealercrm.events.LeadEvents;
import com.dealercrm.events.Topics;
import com.dealercrm.lead.BpoSyncStatus;
import com.dealercrm.lead.CallLog;
import com.dealercrm.lead.Lead;
import com.dealercrm.lead.LeadStage;
import com.dealercrm.lead.mapping.LeadMapper;
import com.dealercrm.platform.outbox.EventOutbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Records lead events in the outbox, keyed by lead id, inside the transaction of the change they
 * describe. Each change of a lead records exactly one event.
 */
@ApplicationScoped
public class LeadEventPublisher {

    private final EventOutbox outbox;

    public LeadEventPublisher(EventOutbox outbox) {
        this.outbox = outbox;
    }

    public Uni<Void> created(Lead lead, Actor actor) {
        return record(lead, LeadEvents.CREATED, actor, new LeadEvents.LeadCreated(LeadMapper.toSnapshot(lead)));
    }

    public Uni<Void> endorsed(Lead lead, Actor actor) {
        LeadEvents.LeadEndorsed data = new LeadEvents.LeadEndorsed(LeadMapper.toSnapshot(lead), lead.bpoSourceLeadId,
                lead.bpoSourceReference, lead.bpoSourceUrl, lead.bpoEndorsedBy);
        return record(lead, LeadEvents.ENDORSED, actor, data);
    }

    public Uni<Void> stageChanged(Lead lead, LeadStage from, Actor actor) {
        return record(lead, LeadEvents.STAGE_CHANGED, actor, new LeadEvents.StageChanged(from.name(), lead.stage.name()));
    }

    public Uni<Void> assigned(Lead lead, String fromUserId, String fromUserName, boolean claimed, Actor actor) {
        LeadEvents.LeadAssigned data = new LeadEvents.LeadAssigned(fromUserId, fromUserName, lead.ownerId, lead.ownerName, claimed);
        return record(lead, LeadEvents.ASSIGNED, actor, data);
    }

    public Uni<Void> updated(Lead lead, List<FieldChange> changes, Actor actor) {
        return record(lead, LeadEvents.UPDATED, actor, new LeadEvents.LeadUpdated(List.copyOf(changes)));
    }

    public Uni<Void> callLogged(Lead lead, CallLog call, Actor actor) {
        LeadEvents.CallLogged data = new LeadEvents.CallLogged(call.id.toString(), call.durationSeconds, call.result.name(), call.summary);
        return record(lead, LeadEvents.CALL_LOGGED, actor, data);
    }

    /** Records the link to a sale order; {@code changes} has the old and new value of each field the link set. */
    public Uni<Void> quotationLinked(Lead lead, List<FieldChange> changes, Actor actor) {
        LeadEvents.QuotationLinked data = new LeadEvents.QuotationLinked(LeadMapper.text(lead.saleOrderId), lead.saleOrderName,
                List.copyOf(changes));
        return record(lead, LeadEvents.QUOTATION_LINKED, actor, data);
    }

    public Uni<Void> won(Lead lead, LeadStage from, Actor actor) {
        LeadEvents.LeadWon data = new LeadEvents.LeadWon(from.name(), lead.dateWon, LeadMapper.text(lead.saleOrderId),
                lead.saleOrderName, lead.bpoSourceLeadId, lead.bpoSourceReference);
        return record(lead, LeadEvents.WON, actor, data);
    }

    public Uni<Void> lost(Lead lead, LeadStage from, Actor actor) {
        LeadEvents.LeadLost data = new LeadEvents.LeadLost(from.name(), lead.dateLost, lead.lostReason.name(), lead.lostNotes,
                LeadMapper.text(lead.saleOrderId), lead.saleOrderName, lead.bpoSourceLeadId, lead.bpoSourceReference);
        return record(lead, LeadEvents.LOST, actor, data);
    }

    public Uni<Void> activeChanged(Lead lead, Actor actor) {
        String type = lead.active ? LeadEvents.UNARCHIVED : LeadEvents.ARCHIVED;
        return record(lead, type, actor, new LeadEvents.ActiveChanged(lead.active));
    }

    public Uni<Void> deleted(Lead lead, Actor actor) {
        return record(lead, LeadEvents.DELETED, actor, new LeadEvents.LeadDeleted(lead.reference));
    }

    /** Records a new BPO sync status; {@code error} is the callback's error text, null on success. */
    public Uni<Void> bpoSyncChanged(Lead lead, BpoSyncStatus from, String error, Actor actor) {
        LeadEvents.BpoSyncChanged data = new LeadEvents.BpoSyncChanged(from.name(), lead.bpoSyncStatus.name(), error);
        return record(lead, LeadEvents.BPO_SYNC_CHANGED, actor, data);
    }

    private Uni<Void> record(Lead lead, String type, Actor actor, Object data) {
        String id = lead.id.toString();
        Aggregate aggregate = new Aggregate(Aggregate.LEAD, id, lead.reference);
        return outbox.record(Topics.LEAD_EVENTS, id, type, aggregate, id, actor, data)
                .replaceWithVoid();
    }
}
