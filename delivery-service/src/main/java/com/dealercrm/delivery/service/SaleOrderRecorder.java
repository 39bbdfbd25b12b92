package com.dealercrm.delivery.service;

import com.dealercrm.delivery.SaleOrder;
import com.dealercrm.delivery.repository.SaleOrderRepository;
import com.dealercrm.events.EventEnvelope;
import com.dealercrm.events.MalformedEventException;
import com.dealercrm.events.SaleOrderEvents;
import com.dealercrm.platform.outbox.EventOutbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.UUID;

/** Keeps this service's copy of each sale order up to date from sale-order events. */
@ApplicationScoped
public class SaleOrderRecorder {

    private static final Set<String> STATES = Set.of("DRAFT", "SALE", "DONE", "CANCELLED");

    private final SaleOrderRepository orders;
    private final EventOutbox outbox;

    public SaleOrderRecorder(SaleOrderRepository orders, EventOutbox outbox) {
        this.orders = orders;
        this.outbox = outbox;
    }

    /**
     * Creates or updates the order from the event's snapshot. {@code impliedState} is the state
     * the event type implies, used when the snapshot carries none. Raises
     * MalformedEventException when the event lacks the order's id or name.
     */
    Uni<SaleOrder> record(EventEnvelope envelope, SaleOrderEvents.SaleOrderSnapshot snapshot, String impliedState) {
        UUID id = EventValues.uuid(envelope.aggregateid(), "aggregateid of event " + envelope.id());
        return orders.findById(id)
                .map(existing -> existing == null ? newOrder(id) : existing)
                .invoke(order -> update(order, envelope, snapshot, impliedState))
                .call(order -> orders.persist(order));
    }

    private static SaleOrder newOrder(UUID id) {
        SaleOrder order = new SaleOrder();
        order.id = id;
        return order;
    }

    private void update(SaleOrder order, EventEnvelope envelope, SaleOrderEvents.SaleOrderSnapshot snapshot, String impliedState) {
        String name = snapshot.name() != null ? snapshot.name() : envelope.aggregateref();
        if (name == null || name.isBlank()) {
            throw new MalformedEventException("event " + envelope.id() + " names no sale order");
        }
        String state = snapshot.state() != null ? snapshot.state() : impliedState;
        if (!STATES.contains(state)) {
            throw new MalformedEventException("event " + envelope.id() + " has the unknown sale order state " + state);
        }
        String leadId = snapshot.dealerLeadId() != null ? snapshot.dealerLeadId() : envelope.leadid();
        order.name = name;
        order.state = state;
        order.dealerLeadId = leadId == null ? order.dealerLeadId : EventValues.uuid(leadId, "dealerLeadId of event " + envelope.id());
        order.createdBy = snapshot.createdBy() != null ? snapshot.createdBy() : order.createdBy;
        order.updatedAt = outbox.now();
    }
}
