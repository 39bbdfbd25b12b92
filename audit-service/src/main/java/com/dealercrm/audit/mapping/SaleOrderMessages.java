package com.dealercrm.audit.mapping;

import com.dealercrm.events.EventEnvelope;
import com.dealercrm.events.EventJson;
import com.dealercrm.events.FieldChange;
import com.dealercrm.events.SaleOrderEvents;
import java.util.List;

/** Chatter sentences and tracked changes for the events of {@link SaleOrderEvents}. */
final class SaleOrderMessages {

    private SaleOrderMessages() {
    }

    /** Returns the message of a sale order event, or null for a type this class has no sentence for. */
    static MessageDraft compose(EventEnvelope event) {
        return switch (event.type()) {
            case SaleOrderEvents.CREATED -> created(event);
            case SaleOrderEvents.LINES_CHANGED -> linesChanged(event);
            case SaleOrderEvents.CONFIRMED -> confirmed(event);
            case SaleOrderEvents.LOCKED -> locked(event);
            case SaleOrderEvents.CANCELLED -> cancelled(event);
            default -> null;
        };
    }

    private static MessageDraft created(EventEnvelope event) {
        SaleOrderEvents.SaleOrderSnapshot order = EventJson.data(event, SaleOrderEvents.SaleOrderCreated.class).order();
        StringBuilder body = new StringBuilder("Quotation ").append(name(event, order)).append(" created");
        if (order.partnerName() != null) {
            body.append(" for ").append(order.partnerName());
        }
        if (order.origin() != null) {
            body.append(" from ").append(order.origin());
        }
        body.append(", total ").append(Labels.money(order.amountTotal())).append('.');
        List<FieldChange> changes = List.of(new FieldChange("state", null, order.state()));
        return draft(event, order, body.toString(), changes);
    }

    private static MessageDraft linesChanged(EventEnvelope event) {
        SaleOrderEvents.LinesChanged data = EventJson.data(event, SaleOrderEvents.LinesChanged.class);
        String body = "Order lines of " + name(event, data.order()) + " changed, total now " + Labels.money(data.order().amountTotal()) + ".";
        return draft(event, data.order(), body, data.changes());
    }

    private static MessageDraft confirmed(EventEnvelope event) {
        SaleOrderEvents.SaleOrderSnapshot order = EventJson.data(event, SaleOrderEvents.SaleOrderConfirmed.class).order();
        String body = "Quotation " + name(event, order) + " confirmed as a sales order, total " + Labels.money(order.amountTotal()) + ".";
        // Only a DRAFT order can be confirmed, so the event does not carry the old state.
        List<FieldChange> changes = List.of(
                new FieldChange("state", "DRAFT", order.state()),
                new FieldChange("confirmedAt", null, order.confirmedAt() == null ? null : order.confirmedAt().toString()));
        return draft(event, order, body, changes);
    }

    private static MessageDraft locked(EventEnvelope event) {
        SaleOrderEvents.SaleOrderSnapshot order = EventJson.data(event, SaleOrderEvents.SaleOrderLocked.class).order();
        String body = "Sales order " + name(event, order) + " locked.";
        return draft(event, order, body, List.of(new FieldChange("state", "SALE", order.state())));
    }

    private static MessageDraft cancelled(EventEnvelope event) {
        SaleOrderEvents.SaleOrderCancelled data = EventJson.data(event, SaleOrderEvents.SaleOrderCancelled.class);
        String kind = "DRAFT".equals(data.stateFrom()) ? "Quotation " : "Sales order ";
        String body = kind + name(event, data.order()) + " cancelled.";
        return draft(event, data.order(), body, List.of(new FieldChange("state", data.stateFrom(), data.order().state())));
    }

    private static MessageDraft draft(
            EventEnvelope event, SaleOrderEvents.SaleOrderSnapshot order, String body, List<FieldChange> changes) {
        String leadId = event.leadid() != null ? event.leadid() : order.dealerLeadId();
        return new MessageDraft(body, changes, leadId, event.aggregateid());
    }

    private static String name(EventEnvelope event, SaleOrderEvents.SaleOrderSnapshot order) {
        if (order.name() != null) {
            return order.name();
        }
        return event.aggregateref() != null ? event.aggregateref() : event.aggregateid();
    }
}
