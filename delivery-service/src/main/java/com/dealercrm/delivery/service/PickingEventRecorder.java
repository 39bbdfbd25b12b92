package com.dealercrm.delivery.service;

import com.dealercrm.delivery.Picking;
import com.dealercrm.delivery.PickingState;
import com.dealercrm.delivery.mapping.PickingMapper;
import com.dealercrm.events.Actor;
import com.dealercrm.events.Aggregate;
import com.dealercrm.events.PickingEvents;
import com.dealercrm.events.Topics;
import com.dealercrm.platform.outbox.EventOutbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Records picking events in the outbox, keyed by sale order id so that all pickings of an order
 * keep their order on the topic. Callers run inside the transaction of the change.
 */
@ApplicationScoped
public class PickingEventRecorder {

    static final Actor SERVICE = Actor.service("delivery-service");

    private final EventOutbox outbox;

    public PickingEventRecorder(EventOutbox outbox) {
        this.outbox = outbox;
    }

    /** Records an event of {@code type} with the picking as it is now; {@code stateFrom} is null for a new picking. */
    public Uni<Void> record(String type, Picking picking, PickingState stateFrom, Actor actor) {
        Aggregate aggregate = new Aggregate(Aggregate.PICKING, picking.id.toString(), picking.name);
        String leadId = picking.dealerLeadId == null ? null : picking.dealerLeadId.toString();
        PickingEvents.PickingChanged data = new PickingEvents.PickingChanged(
                PickingMapper.toSnapshot(picking),
                stateFrom == null ? null : stateFrom.name());
        return outbox.record(Topics.PICKING_EVENTS, picking.saleOrderId.toString(), type, aggregate, leadId, actor, data)
                .replaceWithVoid();
    }
}
