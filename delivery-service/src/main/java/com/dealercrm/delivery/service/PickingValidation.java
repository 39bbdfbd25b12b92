package com.dealercrm.delivery.service;

import com.dealercrm.delivery.Picking;
import com.dealercrm.delivery.PickingLine;
import com.dealercrm.delivery.PickingState;
import com.dealercrm.events.Actor;
import com.dealercrm.events.PickingEvents;
import com.dealercrm.platform.error.ApiException;
import com.dealercrm.platform.error.Problem;
import com.dealercrm.platform.outbox.EventOutbox;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Validate: moves a picking with reserved stock to DONE and takes the delivered units out of
 * stock. Delivered units never exceed a line's reservation. A short delivery leaves the
 * undelivered units in a backorder picking, which keeps their reservation. When the caller
 * declines the backorder, their reservation is released instead.
 */
@ApplicationScoped
public class PickingValidation {

    private final StockService stock;
    private final PickingFactory factory;
    private final PickingEventRecorder events;
    private final EventOutbox outbox;

    public PickingValidation(StockService stock, PickingFactory factory, PickingEventRecorder events, EventOutbox outbox) {
        this.stock = stock;
        this.factory = factory;
        this.events = events;
        this.outbox = outbox;
    }

    /** Validates the locked picking and returns it. */
    Uni<Picking> validate(Picking picking, Delivery delivery, Actor actor) {
        PickingService.requireOpen(picking, "validated");
        requireReservedStock(picking);
        Map<UUID, BigDecimal> done = delivery.lines() == null ? reservedQuantities(picking) : checkedQuantities(picking, delivery.lines());

        boolean shortDelivery = picking.lines.stream().anyMatch(line -> done.get(line.productId).compareTo(line.demand) < 0);
        boolean createBackorder = shortDelivery && delivery.createBackorder();
        List<StockMove> moves = picking.lines.stream()
                .map(line -> stockMove(line, done.get(line.productId), createBackorder))
                .toList();
        List<Demand> remainders = createBackorder ? remainders(picking, done) : List.of();

        PickingState stateFrom = picking.state;
        markDone(picking, done, actor);
        return stock.apply(moves)
                .call(applied -> events.record(PickingEvents.VALIDATED, picking, stateFrom, actor))
                .call(applied -> createBackorder ? backorder(picking, remainders, actor) : Uni.createFrom().voidItem())
                .replaceWith(picking);
    }

    private static void requireReservedStock(Picking picking) {
        if (!picking.hasReservedStock()) {
            throw ApiException.conflict("Picking " + picking.name + " has no reserved stock, so run Check Availability "
                            + "once its products are on hand and then validate it.")
                    .with("state", picking.state);
        }
    }

    private static Map<UUID, BigDecimal> reservedQuantities(Picking picking) {
        Map<UUID, BigDecimal> done = new HashMap<>();
        picking.lines.forEach(line -> done.put(line.productId, line.reserved));
        return done;
    }

    /**
     * Returns the given quantity per line, 0 for lines not given. Raises 400 naming every invalid
     * entry: a product not on the picking, a product given twice, more than the line's reservation,
     * or nothing delivered at all.
     */
    private static Map<UUID, BigDecimal> checkedQuantities(Picking picking, List<Delivery.DeliveredLine> requestedLines) {
        Map<UUID, PickingLine> linesByProduct = new HashMap<>();
        picking.lines.forEach(line -> linesByProduct.put(line.productId, line));
        Map<UUID, BigDecimal> done = new HashMap<>();
        picking.lines.forEach(line -> done.put(line.productId, Picking.NO_UNITS));
        Set<UUID> seen = new HashSet<>();
        List<Problem.FieldError> errors = new ArrayList<>();
        if (requestedLines.isEmpty()) {
            errors.add(new Problem.FieldError("lines", "must not be empty, so leave it out to deliver the reserved quantities"));
        }
        for (int i = 0; i < requestedLines.size(); i++) {
            Delivery.DeliveredLine entry = requestedLines.get(i);
            PickingLine line = linesByProduct.get(entry.productId());
            String field = "lines[" + i + "]";
            if (line == null) {
                errors.add(new Problem.FieldError(field + ".productId", "product " + entry.productId() + " is not on picking " + picking.name));
            } else if (!seen.add(entry.productId())) {
                errors.add(new Problem.FieldError(field + ".productId", "product " + entry.productId() + " is listed twice"));
            } else if (entry.quantityDone().compareTo(line.reserved) > 0) {
                errors.add(new Problem.FieldError(field + ".quantityDone", entry.quantityDone().toPlainString()
                        + " is more than the " + line.reserved.toPlainString() + " unit(s) reserved for product " + entry.productId()
                        + ", so deliver at most " + line.reserved.toPlainString() + " or run Check Availability first"));
            } else {
                done.put(entry.productId(), Quantities.normalize(entry.quantityDone()));
            }
        }
        if (errors.isEmpty() && done.values().stream().allMatch(quantity -> quantity.signum() == 0)) {
            errors.add(new Problem.FieldError("lines", "every quantityDone is 0, so deliver at least one unit or ask a manager to cancel the picking"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return done;
    }

    private static StockMove stockMove(PickingLine line, BigDecimal done, boolean createBackorder) {
        BigDecimal released = createBackorder ? done : line.reserved;
        return new StockMove(line.productId, done, released);
    }

    /** Returns the undelivered units per product, with the part of their reservation that moves to the backorder. */
    private static List<Demand> remainders(Picking picking, Map<UUID, BigDecimal> done) {
        return picking.lines.stream()
                .filter(line -> done.get(line.productId).compareTo(line.demand) < 0)
                .map(line -> new Demand(
                        line.productId,
                        line.description,
                        line.demand.subtract(done.get(line.productId)),
                        line.reserved.subtract(done.get(line.productId))))
                .toList();
    }

    private void markDone(Picking picking, Map<UUID, BigDecimal> done, Actor actor) {
        picking.lines.forEach(line -> {
            line.done = done.get(line.productId);
            line.reserved = Picking.NO_UNITS;
        });
        picking.state = PickingState.DONE;
        picking.dateDone = outbox.now();
        picking.validatedBy = actor.id();
        picking.validatedByName = actor.name();
        picking.updatedAt = picking.dateDone;
        Log.infof("Picking %s of sale order %s validated by %s", picking.name, picking.saleOrderName, actor.name());
    }

    private Uni<Void> backorder(Picking original, List<Demand> remainders, Actor actor) {
        return factory.createBackorder(original, remainders)
                .invoke(backorder -> Log.infof("Backorder %s created for the undelivered rest of picking %s", backorder.name, original.name))
                .flatMap(backorder -> events.record(PickingEvents.BACKORDER_CREATED, backorder, null, actor));
    }
}
