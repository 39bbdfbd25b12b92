package com.dealercrm.audit.mapping;

import com.dealercrm.events.EventEnvelope;
import com.dealercrm.events.EventJson;
import com.dealercrm.events.FieldChange;
import com.dealercrm.events.LeadEvents;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Chatter sentences and tracked changes for the events of {@link LeadEvents}. */
final class LeadMessages {

    private LeadMessages() {
    }

    /** Returns the message of a lead event, or null for a type this class has no sentence for. */
    static MessageDraft compose(EventEnvelope event) {
        String leadId = event.leadid() != null ? event.leadid() : event.aggregateid();
        return switch (event.type()) {
            case LeadEvents.CREATED -> created(event, leadId);
            case LeadEvents.ENDORSED -> endorsed(event, leadId);
            case LeadEvents.STAGE_CHANGED -> stageChanged(event, leadId);
            case LeadEvents.ASSIGNED -> assigned(event, leadId);
            case LeadEvents.UPDATED -> updated(event, leadId);
            case LeadEvents.CALL_LOGGED -> callLogged(event, leadId);
            case LeadEvents.QUOTATION_LINKED -> quotationLinked(event, leadId);
            case LeadEvents.WON -> won(event, leadId);
            case LeadEvents.LOST -> lost(event, leadId);
            case LeadEvents.ARCHIVED -> activeChanged(leadId, false);
            case LeadEvents.UNARCHIVED -> activeChanged(leadId, true);
            case LeadEvents.DELETED -> deleted(event, leadId);
            case LeadEvents.BPO_SYNC_CHANGED -> bpoSyncChanged(event, leadId);
            default -> null;
        };
    }

    private static MessageDraft created(EventEnvelope event, String leadId) {
        LeadEvents.LeadSnapshot lead = EventJson.data(event, LeadEvents.LeadCreated.class).lead();
        String reference = reference(event, lead);
        String owner = lead.ownerName() == null ? "unassigned" : "owned by " + lead.ownerName();
        String body = "Lead " + reference + " created in stage " + Labels.stage(lead.stage()) + ", " + owner + ".";
        return new MessageDraft(body, initialChanges(lead), leadId, null);
    }

    private static MessageDraft endorsed(EventEnvelope event, String leadId) {
        LeadEvents.LeadEndorsed data = EventJson.data(event, LeadEvents.LeadEndorsed.class);
        String endorsedBy = data.endorsedBy() != null ? data.endorsedBy() : event.actorname();
        String source = data.bpoReference() != null ? data.bpoReference() : "BPO lead " + data.bpoLeadId();
        String url = data.bpoUrl() != null ? ", " + data.bpoUrl() : "";
        String body = "Lead endorsed from BPO CRM by " + endorsedBy + " (source " + source + url + ").";
        List<FieldChange> changes = new ArrayList<>(initialChanges(data.lead()));
        changes.add(new FieldChange("bpoSourceReference", null, data.bpoReference()));
        changes.add(new FieldChange("bpoSourceUrl", null, data.bpoUrl()));
        return new MessageDraft(body, changes, leadId, null);
    }

    private static MessageDraft stageChanged(EventEnvelope event, String leadId) {
        LeadEvents.StageChanged data = EventJson.data(event, LeadEvents.StageChanged.class);
        String body = "Stage changed from " + Labels.stage(data.from()) + " to " + Labels.stage(data.to()) + ".";
        return new MessageDraft(body, List.of(new FieldChange("stage", data.from(), data.to())), leadId, null);
    }

    private static MessageDraft assigned(EventEnvelope event, String leadId) {
        LeadEvents.LeadAssigned data = EventJson.data(event, LeadEvents.LeadAssigned.class);
        String from = data.fromUserName() != null ? data.fromUserName() : data.fromUserId();
        String to = data.toUserName() != null ? data.toUserName() : data.toUserId();
        String body;
        if (data.claimed()) {
            body = "Lead claimed by " + to + ".";
        } else if (from == null) {
            body = "Lead assigned to " + to + ".";
        } else if (to == null) {
            body = "Lead unassigned from " + from + ".";
        } else {
            body = "Lead reassigned from " + from + " to " + to + ".";
        }
        List<FieldChange> changes = List.of(
                new FieldChange("ownerId", data.fromUserId(), data.toUserId()),
                new FieldChange("ownerName", data.fromUserName(), data.toUserName()));
        return new MessageDraft(body, changes, leadId, null);
    }

    private static MessageDraft updated(EventEnvelope event, String leadId) {
        List<FieldChange> changes = nonNull(EventJson.data(event, LeadEvents.LeadUpdated.class).changes());
        List<String> fields = changes.stream()
                .map(change -> Labels.field(change.field()))
                .distinct()
                .toList();
        String body = fields.isEmpty() ? "Lead edited." : "Edited " + Labels.joinWithAnd(fields) + ".";
        return new MessageDraft(body, changes, leadId, null);
    }

    private static MessageDraft callLogged(EventEnvelope event, String leadId) {
        LeadEvents.CallLogged data = EventJson.data(event, LeadEvents.CallLogged.class);
        String call = "Call logged (" + Labels.enumLabel(data.result()) + ", " + Labels.duration(data.durationSeconds()) + ")";
        String body = data.summary() == null || data.summary().isBlank()
                ? call + "."
                : Labels.sentence(call + ": " + data.summary().strip());
        return new MessageDraft(body, List.of(), leadId, null);
    }

    private static MessageDraft quotationLinked(EventEnvelope event, String leadId) {
        LeadEvents.QuotationLinked data = EventJson.data(event, LeadEvents.QuotationLinked.class);
        String name = data.saleOrderName() != null ? data.saleOrderName() : data.saleOrderId();
        List<FieldChange> changes = nonNull(data.changes()).isEmpty()
                ? List.of(new FieldChange("saleOrderId", null, data.saleOrderId()), new FieldChange("saleOrderName", null, data.saleOrderName()))
                : data.changes();
        return new MessageDraft("Quotation " + name + " created from this lead.", changes, leadId, data.saleOrderId());
    }

    private static MessageDraft won(EventEnvelope event, String leadId) {
        LeadEvents.LeadWon data = EventJson.data(event, LeadEvents.LeadWon.class);
        Instant dateWon = data.dateWon() != null ? data.dateWon() : event.time();
        String body = "Stage changed from " + Labels.stage(data.stageFrom()) + " to Won.";
        List<FieldChange> changes = List.of(
                new FieldChange("stage", data.stageFrom(), "WON"),
                new FieldChange("dateWon", null, text(dateWon)));
        return new MessageDraft(body, changes, leadId, data.saleOrderId());
    }

    private static MessageDraft lost(EventEnvelope event, String leadId) {
        LeadEvents.LeadLost data = EventJson.data(event, LeadEvents.LeadLost.class);
        Instant dateLost = data.dateLost() != null ? data.dateLost() : event.time();
        String transition = "Stage changed from " + Labels.stage(data.stageFrom()) + " to Lost, reason: " + Labels.lostReason(data.reason());
        String body = data.notes() == null || data.notes().isBlank()
                ? transition + "."
                : Labels.sentence(transition + ", notes: " + data.notes().strip());
        List<FieldChange> changes = new ArrayList<>();
        changes.add(new FieldChange("stage", data.stageFrom(), "LOST"));
        changes.add(new FieldChange("lostReason", null, data.reason()));
        changes.add(new FieldChange("lostNotes", null, data.notes()));
        changes.add(new FieldChange("dateLost", null, text(dateLost)));
        return new MessageDraft(body, changes, leadId, null);
    }

    private static MessageDraft activeChanged(String leadId, boolean active) {
        String body = active ? "Lead unarchived." : "Lead archived.";
        FieldChange change = new FieldChange("active", String.valueOf(!active), String.valueOf(active));
        return new MessageDraft(body, List.of(change), leadId, null);
    }

    private static MessageDraft deleted(EventEnvelope event, String leadId) {
        LeadEvents.LeadDeleted data = EventJson.data(event, LeadEvents.LeadDeleted.class);
        String reference = data.reference() != null ? data.reference() : event.aggregateref();
        return new MessageDraft("Lead " + reference + " deleted.", List.of(), leadId, null);
    }

    private static MessageDraft bpoSyncChanged(EventEnvelope event, String leadId) {
        LeadEvents.BpoSyncChanged data = EventJson.data(event, LeadEvents.BpoSyncChanged.class);
        String transition = "BPO sync status changed from " + Labels.bpoSyncStatus(data.from()) + " to " + Labels.bpoSyncStatus(data.to());
        String body = data.error() == null || data.error().isBlank()
                ? transition + "."
                : Labels.sentence(transition + ": " + data.error().strip());
        return new MessageDraft(body, List.of(new FieldChange("bpoSyncStatus", data.from(), data.to())), leadId, null);
    }

    private static List<FieldChange> initialChanges(LeadEvents.LeadSnapshot lead) {
        List<FieldChange> changes = new ArrayList<>();
        changes.add(new FieldChange("stage", null, lead.stage()));
        if (lead.ownerId() != null) {
            changes.add(new FieldChange("ownerId", null, lead.ownerId()));
            changes.add(new FieldChange("ownerName", null, lead.ownerName()));
        }
        return changes;
    }

    private static String reference(EventEnvelope event, LeadEvents.LeadSnapshot lead) {
        if (lead.reference() != null) {
            return lead.reference();
        }
        return event.aggregateref() != null ? event.aggregateref() : event.aggregateid();
    }

    private static List<FieldChange> nonNull(List<FieldChange> changes) {
        return changes == null ? List.of() : changes;
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
