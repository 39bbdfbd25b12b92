package com.dealercrm.delivery.service;

import com.dealercrm.delivery.Picking;
import com.dealercrm.delivery.PickingLine;
import com.dealercrm.delivery.PickingState;
import com.dealercrm.delivery.repository.PickingRepository;
import com.dealercrm.events.Actor;
import com.dealercrm.events.PickingEvents;
import com.dealercrm.platform.error.ApiException;
import com.dealercrm.platform.outbox.EventOutbox;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * The actions on a picking: Check Availability, Validate and cancel. Each locks the picking row
 * first, so two actions on one picking run one after the other.
 */
@ApplicationScoped
public class PickingService {

    private final PickingRepository pickings;
    private final StockService stock;
    private final PickingValidation validation;
    private final PickingEventRecorder events;
    private final EventOutbox outbox;

    public PickingService(
            PickingRepository pickings,
            StockService stock,
            PickingValidation validation,
            PickingEventRecorder events,
            EventOutbox outbox) {
        this.pickings = pickings;
        this.stock = stock;
        this.validation = validation;
        this.events = events;
        this.outbox = outbox;
    }

    /**
     * Reserves stock on hand for the picking. It becomes ASSIGNED when every line is reserved,
     * else it stays CONFIRMED and the result lists the shortages. Null when the picking is unknown.
     */
    @WithTransaction
    public Uni<Availability> checkAvailability(UUID id, Actor actor) {
        Log.debugf("Check Availability of picking %s", id);
        return pickings.lockWithLines(id)
                .onItem().ifNotNull().transformToUni(picking -> reserve(picking, actor));
    }

    /** Validates the picking as described in {@link PickingValidation}; null when the picking is unknown. */
    @WithTransaction
    public Uni<Picking> validate(UUID id, Delivery delivery, Actor actor) {
        Log.debugf("Validating picking %s", id);
        return pickings.lockWithLines(id)
                .onItem().ifNotNull().transformToUni(picking -> validation.validate(picking, delivery, actor));
    }

    /** Cancels an open picking and releases its reservations; null when the picking is unknown. */
    @WithTransaction
    public Uni<Picking> cancel(UUID id, Actor actor) {
        Log.debugf("Cancelling picking %s", id);
        return pickings.lockWithLines(id)
                .invoke(picking -> requireOpen(picking, "cancelled"))
                .onItem().ifNotNull().transformToUni(picking -> cancelLocked(List.of(picking), actor)
                        .replaceWith(picking));
    }

    /**
     * Cancels the open pickings of a cancelled sale order and releases their reservations. Runs in
     * the transaction of the event that reported the cancellation.
     */
    Uni<Void> cancelOpenPickingsOfOrder(UUID saleOrderId, Actor actor) {
        return pickings.lockOpenOfSaleOrder(saleOrderId)
                .flatMap(open -> cancelLocked(open, actor));
    }

    /** Raises 409 unless the picking is CONFIRMED or ASSIGNED; {@code action} completes "can be ...". */
    static void requireOpen(Picking picking, String action) {
        if (picking != null && !picking.state.isOpen()) {
            throw ApiException.conflict("Only a CONFIRMED or ASSIGNED picking can be " + action + ", and picking "
                            + picking.name + " is " + picking.state + ".")
                    .with("state", picking.state);
        }
    }

    private Uni<Availability> reserve(Picking picking, Actor actor) {
        requireOpen(picking, "checked for availability");
        PickingState stateFrom = picking.state;
        return stock.reserve(picking)
                .call(shortages -> assignIfReserved(picking, stateFrom, actor))
                .map(shortages -> new Availability(picking, shortages));
    }

    private Uni<Void> assignIfReserved(Picking picking, PickingState stateFrom, Actor actor) {
        picking.updatedAt = outbox.now();
        if (stateFrom == PickingState.ASSIGNED || !picking.isFullyReserved()) {
            Log.infof("Picking %s stays %s with stock missing", picking.name, picking.state);
            return Uni.createFrom().voidItem();
        }
        picking.state = PickingState.ASSIGNED;
        Log.infof("Picking %s is ASSIGNED: all its stock is reserved", picking.name);
        return events.record(PickingEvents.ASSIGNED, picking, stateFrom, actor);
    }

    private Uni<Void> cancelLocked(List<Picking> open, Actor actor) {
        List<StockMove> releases = open.stream()
                .flatMap(picking -> picking.lines.stream())
                .map(line -> StockMove.release(line.productId, line.reserved))
                .toList();
        return stock.apply(releases)
                .flatMap(released -> Multi.createFrom().iterable(open)
                        .onItem().transformToUniAndConcatenate(picking -> markCancelled(picking, actor))
                        .collect().last())
                .replaceWithVoid();
    }

    private Uni<Void> markCancelled(Picking picking, Actor actor) {
        PickingState stateFrom = picking.state;
        picking.lines.forEach(PickingService::unreserve);
        picking.state = PickingState.CANCELLED;
        picking.updatedAt = outbox.now();
        Log.infof("Picking %s of sale order %s cancelled by %s", picking.name, picking.saleOrderName, actor.name());
        return events.record(PickingEvents.CANCELLED, picking, stateFrom, actor);
    }

    private static void unreserve(PickingLine line) {
        line.reserved = Picking.NO_UNITS;
    }
}
