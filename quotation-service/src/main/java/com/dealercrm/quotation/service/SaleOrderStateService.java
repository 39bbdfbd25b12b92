package com.dealercrm.quotation.service;

import com.dealercrm.platform.outbox.EventOutbox;
import com.dealercrm.quotation.SaleOrderAggregate;
import com.dealercrm.quotation.SaleOrderState;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Moves sale orders through their states: DRAFT to SALE (confirm), SALE to DONE (lock), and DRAFT or
 * SALE to CANCELLED. Each move records exactly one event in the same transaction.
 */
@ApplicationScoped
public class SaleOrderStateService {

    private final SaleOrderAccess access;
    private final SaleOrderEventRecorder events;
    private final EventOutbox outbox;

    public SaleOrderStateService(SaleOrderAccess access, SaleOrderEventRecorder events, EventOutbox outbox) {
        this.access = access;
        this.events = events;
        this.outbox = outbox;
    }

    @WithTransaction
    public Uni<SaleOrderAggregate> confirm(UUID id, Long expectedVersion, Caller caller) {
        Log.debugf("Confirming sale order %s for %s", id, caller.id());
        return access.load(id, expectedVersion, caller)
                .invoke(order -> order.confirm(outbox.now()))
                .call(order -> events.confirmed(order, caller))
                .invoke(order -> Log.infof("Sale order %s confirmed by %s", order.order().name, caller.id()));
    }

    /** Locks a confirmed order. The resource lets only managers and admins call it. */
    @WithTransaction
    public Uni<SaleOrderAggregate> lock(UUID id, Long expectedVersion, Caller caller) {
        Log.debugf("Locking sale order %s for %s", id, caller.id());
        return access.load(id, expectedVersion, caller)
                .invoke(order -> order.order().lock(outbox.now()))
                .call(order -> events.locked(order, caller))
                .invoke(order -> Log.infof("Sale order %s locked by %s", order.order().name, caller.id()));
    }

    @WithTransaction
    public Uni<SaleOrderAggregate> cancel(UUID id, Long expectedVersion, Caller caller) {
        Log.debugf("Cancelling sale order %s for %s", id, caller.id());
        return access.load(id, expectedVersion, caller)
                .flatMap(order -> cancel(order, caller));
    }

    private Uni<SaleOrderAggregate> cancel(SaleOrderAggregate aggregate, Caller caller) {
        SaleOrderState stateFrom = aggregate.order().state;
        aggregate.order().cancel(outbox.now());
        Log.infof("Sale order %s cancelled from %s by %s", aggregate.order().name, stateFrom, caller.id());
        return events.cancelled(aggregate, stateFrom, caller)
                .replaceWith(aggregate);
    }
}
