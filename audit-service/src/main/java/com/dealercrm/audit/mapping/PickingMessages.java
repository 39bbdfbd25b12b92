package com.dealercrm.audit.mapping;

import com.dealercrm.events.EventEnvelope;
import com.dealercrm.events.EventJson;
import com.dealercrm.events.FieldChange;
import com.dealercrm.events.PickingEvents;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/** Chatter sentences and tracked changes for the events of {@link PickingEvents}. */
final class PickingMessages {

    private static final Set<String> TYPES = Set.of(
            PickingEvents.CREATED, PickingEvents.ASSIGNED, PickingEvents.VALIDATED, PickingEvents.BACKORDER_CREATED, PickingEvents.CANCELLED);

    private PickingMessages() {
    }

    /** Returns the message of a picking event, or null for a type this class has no sentence for. */
    static MessageDraft compose(EventEnvelope event) {
        if (!TYPES.contains(event.type())) {
            return null;
        }
        PickingEvents.PickingChanged data = EventJson.data(event, PickingEvents.PickingChanged.class);
        PickingEvents.PickingSnapshot picking = data.picking();
        String name = name(event, picking);
        String order = picking.saleOrderName() != null ? picking.saleOrderName() : picking.saleOrderId();
        List<FieldChange> stateChange = List.of(new FieldChange("state", data.stateFrom(), picking.state()));
        return switch (event.type()) {
            case PickingEvents.CREATED -> draft(event, picking,
                    "Delivery order " + name + " created for " + order + ", " + total(picking, PickingEvents.Line::demand) + " unit(s) to deliver.",
                    stateChange);
            case PickingEvents.ASSIGNED -> draft(event, picking,
                    "Check Availability reserved stock for delivery order " + name + ".", stateChange);
            case PickingEvents.VALIDATED -> validated(event, picking, name, data.stateFrom());
            case PickingEvents.BACKORDER_CREATED -> draft(event, picking,
                    "Backorder " + name + " created for the quantities of " + order + " not yet delivered.", stateChange);
            default -> draft(event, picking, "Delivery order " + name + " cancelled.", stateChange);
        };
    }

    private static MessageDraft validated(EventEnvelope event, PickingEvents.PickingSnapshot picking, String name, String stateFrom) {
        String validatedBy = validatorName(event, picking);
        String dateDone = picking.dateDone() != null ? picking.dateDone().toString() : event.time().toString();
        String body = "Delivery order " + name + " validated by " + validatedBy + " on " + dateDone + ", "
                + total(picking, PickingEvents.Line::done) + " of " + total(picking, PickingEvents.Line::demand) + " unit(s) delivered.";
        List<FieldChange> changes = new ArrayList<>();
        changes.add(new FieldChange("state", stateFrom, picking.state()));
        changes.add(new FieldChange("dateDone", null, dateDone));
        changes.add(new FieldChange("validatedBy", null, picking.validatedBy() != null ? picking.validatedBy() : event.actorid()));
        for (PickingEvents.Line line : lines(picking)) {
            changes.add(new FieldChange("lines[" + line.productId() + "].done", null, Labels.quantity(line.done())));
        }
        return draft(event, picking, body, changes);
    }

    /** Returns the validating user's name: delivery-service sends the user's id, which is the acting user's. */
    private static String validatorName(EventEnvelope event, PickingEvents.PickingSnapshot picking) {
        if (picking.validatedBy() == null || picking.validatedBy().equals(event.actorid())) {
            return event.actorname() != null ? event.actorname() : event.actorid();
        }
        return picking.validatedBy();
    }

    private static MessageDraft draft(EventEnvelope event, PickingEvents.PickingSnapshot picking, String body, List<FieldChange> changes) {
        return new MessageDraft(body, changes, event.leadid(), picking.saleOrderId());
    }

    private static String total(PickingEvents.PickingSnapshot picking, Function<PickingEvents.Line, BigDecimal> quantity) {
        BigDecimal sum = lines(picking).stream()
                .map(quantity)
                .filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return Labels.quantity(sum);
    }

    private static List<PickingEvents.Line> lines(PickingEvents.PickingSnapshot picking) {
        return picking.lines() == null ? List.of() : picking.lines();
    }

    private static String name(EventEnvelope event, PickingEvents.PickingSnapshot picking) {
        if (picking.name() != null) {
            return picking.name();
        }
        return event.aggregateref() != null ? event.aggregateref() : event.aggregateid();
    }
}
