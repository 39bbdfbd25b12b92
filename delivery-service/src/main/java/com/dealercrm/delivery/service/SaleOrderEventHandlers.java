package com.dealercrm.delivery.service;

import com.dealercrm.delivery.SaleOrder;
import com.dealercrm.delivery.repository.PickingRepository;
import com.dealercrm.events.EventEnvelope;
import com.dealercrm.events.EventJson;
import com.dealercrm.events.MalformedEventException;
import com.dealercrm.events.PickingEvents;
import com.dealercrm.events.SaleOrderEvents;
import com.dealercrm.events.SaleOrderEvents.SaleOrderSnapshot;
import com.dealercrm.platform.outbox.EventOutbox;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Handles sale-order events inside the inbox transaction: keeps the order's copy, creates the
 * picking of a confirmed order, and cancels the open pickings of a cancelled one.
 */
@ApplicationScoped
public class SaleOrderEventHandlers {

    private final SaleOrderRecorder recorder;
    private final PickingRepository pickings;
    private final PickingFactory factory;
    private final PickingService pickingService;
    private final PickingEventRecorder events;
    private final EventOutbox outbox;

    public SaleOrderEventHandlers(
            SaleOrderRecorder recorder,
            PickingRepository pickings,
            PickingFactory factory,
            PickingService pickingService,
            PickingEventRecorder events,
            EventOutbox outbox) {
        this.recorder = recorder;
        this.pickings = pickings;
        this.factory = factory;
        this.pickingService = pickingService;
        this.events = events;
        this.outbox = outbox;
    }

    Uni<Void> onCreated(EventEnvelope envelope) {
        SaleOrderSnapshot order = orderOf(envelope, EventJson.data(envelope, SaleOrderEvents.SaleOrderCreated.class).order());
        return recorder.record(envelope, order, "DRAFT").replaceWithVoid();
    }

    Uni<Void> onLinesChanged(EventEnvelope envelope) {
        SaleOrderSnapshot order = orderOf(envelope, EventJson.data(envelope, SaleOrderEvents.LinesChanged.class).order());
        return recorder.record(envelope, order, "DRAFT").replaceWithVoid();
    }

    Uni<Void> onLocked(EventEnvelope envelope) {
        SaleOrderSnapshot order = orderOf(envelope, EventJson.data(envelope, SaleOrderEvents.SaleOrderLocked.class).order());
        return recorder.record(envelope, order, "DONE").replaceWithVoid();
    }

    /**
     * Creates the order's picking with a line per deliverable product, unless the order already
     * has one. An order with nothing deliverable gets no picking.
     */
    Uni<Void> onConfirmed(EventEnvelope envelope) {
        SaleOrderSnapshot snapshot = orderOf(envelope, EventJson.data(envelope, SaleOrderEvents.SaleOrderConfirmed.class).order());
        List<Demand> demands = deliverableDemands(envelope, snapshot);
        return recorder.record(envelope, snapshot, "SALE")
                .flatMap(order -> pickings.findFirstOfSaleOrder(order.id)
                        .flatMap(existing -> {
                            if (existing != null || order.isConfirmationProcessed()) {
                                Log.infof("Sale order %s was confirmed before, so it keeps its picking %s",
                                        order.name, existing == null ? "(none, nothing deliverable)" : existing.name);
                                return Uni.createFrom().voidItem();
                            }
                            return createPicking(order, demands);
                        }));
    }

    /** Cancels the order's open pickings and releases their reservations. */
    Uni<Void> onCancelled(EventEnvelope envelope) {
        SaleOrderSnapshot snapshot = orderOf(envelope, EventJson.data(envelope, SaleOrderEvents.SaleOrderCancelled.class).order());
        return recorder.record(envelope, snapshot, "CANCELLED")
                .invoke(order -> Log.infof("Sale order %s cancelled, so its open pickings are cancelled", order.name))
                .flatMap(order -> pickingService.cancelOpenPickingsOfOrder(order.id, PickingEventRecorder.SERVICE));
    }

    private Uni<Void> createPicking(SaleOrder order, List<Demand> demands) {
        order.confirmationProcessedAt = outbox.now();
        order.deliverableProductCount = demands.size();
        if (demands.isEmpty()) {
            Log.infof("Sale order %s has nothing deliverable, so no picking was created", order.name);
            return Uni.createFrom().voidItem();
        }
        return factory.createForOrder(order, demands)
                .invoke(picking -> Log.infof("Picking %s created for sale order %s", picking.name, order.name))
                .flatMap(picking -> events.record(PickingEvents.CREATED, picking, null, PickingEventRecorder.SERVICE));
    }

    private static SaleOrderSnapshot orderOf(EventEnvelope envelope, SaleOrderSnapshot order) {
        if (order == null) {
            throw new MalformedEventException("event " + envelope.id() + " of type " + envelope.type() + " carries no order");
        }
        return order;
    }

    /**
     * Returns one demand per deliverable product, summing the quantities of its lines. Lines with
     * a quantity of 0 or less deliver nothing and are skipped.
     */
    private static List<Demand> deliverableDemands(EventEnvelope envelope, SaleOrderSnapshot order) {
        Map<UUID, Demand> byProduct = new LinkedHashMap<>();
        List<SaleOrderEvents.Line> lines = order.lines() == null ? List.of() : order.lines();
        for (SaleOrderEvents.Line line : lines) {
            if (!line.deliverable()) {
                continue;
            }
            String lineContext = "line " + line.id() + " of event " + envelope.id();
            UUID productId = EventValues.uuid(line.productId(), "productId of deliverable " + lineContext);
            BigDecimal quantity = EventValues.quantity(line.quantity(), "quantity of " + lineContext);
            if (quantity.signum() <= 0) {
                Log.warnf("Sale order %s line %s has quantity %s, so it has nothing to deliver", order.name(), line.id(), quantity);
                continue;
            }
            byProduct.merge(productId, new Demand(productId, line.description(), quantity, BigDecimal.ZERO.setScale(2)),
                    (first, more) -> new Demand(productId, first.description(), first.quantity().add(more.quantity()), first.reserved()));
        }
        return new ArrayList<>(byProduct.values());
    }
}
