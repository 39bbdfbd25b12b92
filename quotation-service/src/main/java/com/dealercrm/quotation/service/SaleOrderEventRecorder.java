package com.dealercrm.quotation.service;

import com.dealercrm.events.Aggregate;
import com.dealercrm.events.FieldChange;
import com.dealercrm.events.SaleOrderEvents;
import com.dealercrm.events.Topics;
import com.dealercrm.platform.outbox.EventOutbox;
import com.dealercrm.quotation.SaleOrder;
import com.dealercrm.quotation.SaleOrderAggregate;
import com.dealercrm.quotation.SaleOrderState;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

import static com.dealercrm.quotation.mapping.SaleOrderEventMapper.snapshot;

/**
 * Records sale order events in the outbox, keyed by the order id and carrying the lead id. Call it
 * inside the transaction of the change the event describes.
 */
@ApplicationScoped
public class SaleOrderEventRecorder {

    private final EventOutbox outbox;

    public SaleOrderEventRecorder(EventOutbox outbox) {
        this.outbox = outbox;
    }

    public Uni<Void> created(SaleOrderAggregate order, Caller caller) {
        return record(SaleOrderEvents.CREATED, order, caller, new SaleOrderEvents.SaleOrderCreated(snapshot(order)));
    }

    public Uni<Void> linesChanged(SaleOrderAggregate order, List<FieldChange> changes, Caller caller) {
        return record(SaleOrderEvents.LINES_CHANGED, order, caller, new SaleOrderEvents.LinesChanged(snapshot(order), changes));
    }

    public Uni<Void> confirmed(SaleOrderAggregate order, Caller caller) {
        return record(SaleOrderEvents.CONFIRMED, order, caller, new SaleOrderEvents.SaleOrderConfirmed(snapshot(order)));
    }

    public Uni<Void> locked(SaleOrderAggregate order, Caller caller) {
        return record(SaleOrderEvents.LOCKED, order, caller, new SaleOrderEvents.SaleOrderLocked(snapshot(order)));
    }

    public Uni<Void> cancelled(SaleOrderAggregate order, SaleOrderState stateFrom, Caller caller) {
        return record(SaleOrderEvents.CANCELLED, order, caller, new SaleOrderEvents.SaleOrderCancelled(snapshot(order), stateFrom.name()));
    }

    private Uni<Void> record(String type, SaleOrderAggregate aggregate, Caller caller, Object data) {
        SaleOrder order = aggregate.order();
        String orderId = order.id.toString();
        String leadId = order.dealerLeadId == null ? null : order.dealerLeadId.toString();
        Aggregate subject = new Aggregate(Aggregate.SALE_ORDER, orderId, order.name);
        return outbox.record(Topics.SALE_ORDER_EVENTS, orderId, type, subject, leadId, caller.actor(), data)
                .replaceWithVoid();
    }
}
