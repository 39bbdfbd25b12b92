package com.dealercrm.audit.mapping;

import com.dealercrm.events.Aggregate;
import com.dealercrm.events.EventEnvelope;
import com.dealercrm.events.MalformedEventException;
import java.util.List;

/**
 * Composes the chatter message of any event: a sentence the dealer staff read, the tracked field
 * changes, and the lead and sale order it belongs to.
 */
public final class MessageComposer {

    private MessageComposer() {
    }

    /**
     * Composes the message of an event. A type of a known topic that has no sentence of its own
     * yet still gets a generic one, so no event goes unrecorded.
     *
     * @throws MalformedEventException when the event data lacks a value the sentence needs
     */
    public static MessageDraft compose(EventEnvelope event) {
        MessageDraft draft;
        try {
            draft = specific(event);
        } catch (NullPointerException e) {
            throw new MalformedEventException("data of " + event.type() + " " + event.id() + " lacks a required value", e);
        }
        return draft != null ? draft : generic(event);
    }

    private static MessageDraft specific(EventEnvelope event) {
        String aggregateType = event.aggregatetype() == null ? "" : event.aggregatetype();
        return switch (aggregateType) {
            case Aggregate.LEAD -> LeadMessages.compose(event);
            case Aggregate.SALE_ORDER -> SaleOrderMessages.compose(event);
            case Aggregate.PICKING -> PickingMessages.compose(event);
            case Aggregate.BPO_CALLBACK -> BpoCallbackMessages.compose(event);
            default -> null;
        };
    }

    private static MessageDraft generic(EventEnvelope event) {
        String subject = event.aggregateref() != null ? event.aggregateref() : event.aggregateid();
        String leadId = event.leadid() != null || !Aggregate.LEAD.equals(event.aggregatetype()) ? event.leadid() : event.aggregateid();
        return new MessageDraft("Event " + event.type() + " recorded for " + subject + ".", List.of(), leadId, null);
    }
}
