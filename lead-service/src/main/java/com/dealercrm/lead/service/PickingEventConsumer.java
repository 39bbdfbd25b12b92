package com.dealercrm.lead.service;

import com.dealercrm.events.EventEnvelope;
import com.dealercrm.events.EventJson;
import com.dealercrm.events.PickingEvents;
import com.dealercrm.lead.Picking;
import com.dealercrm.lead.PickingState;
import com.dealercrm.lead.repository.PickingRepository;
import com.dealercrm.platform.inbox.EventInbox;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Handles dealer.picking.events once per event id and keeps the copy of each picking. */
@ApplicationScoped
public class PickingEventConsumer {

    private static final Set<String> KNOWN_TYPES = Set.of(
            PickingEvents.CREATED,
            PickingEvents.ASSIGNED,
            PickingEvents.VALIDATED,
            PickingEvents.BACKORDER_CREATED,
            PickingEvents.CANCELLED);

    private final PickingRepository pickings;
    private final Map<String, EventInbox.Handler> handlers;

    public PickingEventConsumer(PickingRepository pickings) {
        this.pickings = pickings;
        EventInbox.Handler record = this::record;
        this.handlers = Map.of(
                PickingEvents.CREATED, record,
                PickingEvents.ASSIGNED, record,
                PickingEvents.VALIDATED, record,
                PickingEvents.BACKORDER_CREATED, record,
                PickingEvents.CANCELLED, record);
    }

    /** Returns the handlers that {@link IncomingEventConsumer} runs for this topic's records. */
    EventInbox.TopicHandlers topicHandlers() {
        return new EventInbox.TopicHandlers(KNOWN_TYPES, handlers);
    }

    /** Creates or updates the picking's copy, unless the copy comes from a later event. */
    private Uni<Void> record(EventEnvelope event) {
        PickingEvents.PickingSnapshot snapshot = IncomingEvents.required(
                EventJson.data(event, PickingEvents.PickingChanged.class).picking(), "picking", event);
        UUID id = IncomingEvents.uuid(snapshot.pickingId(), "pickingId", event);
        UUID saleOrderId = IncomingEvents.uuid(snapshot.saleOrderId(), "saleOrderId", event);
        String name = IncomingEvents.required(snapshot.name(), "picking name", event);
        PickingState state = IncomingEvents.enumValue(PickingState.class, snapshot.state(), "picking state", event);
        Instant time = IncomingEvents.time(event);
        return pickings.findById(id)
                .chain(existing -> {
                    if (existing != null && existing.eventTime.isAfter(time)) {
                        Log.debugf("Picking %s was copied from a later event than %s, keeping the copy", name, event.id());
                        return Uni.createFrom().voidItem();
                    }
                    Picking picking = existing != null ? existing : new Picking();
                    picking.id = id;
                    picking.saleOrderId = saleOrderId;
                    picking.name = name;
                    picking.state = state;
                    picking.eventTime = time;
                    Log.debugf("Picking %s of sale order %s is %s", name, saleOrderId, state);
                    return existing != null ? Uni.createFrom().voidItem() : pickings.persist(picking).replaceWithVoid();
                });
    }
}
