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
     * Returns the requested quantity per line, 0 for lines not requested. Raises 400 naming every
     * invalid entry: a product not on the picking, a product listed twice, more than the line's
     * reservation, or nothing delivered at all.
     */
    private static Map<UUID, BigDecimal> checkedQuantities(Picking picking, List<Delivery.DeliveredLine> requestedLines) {
        Map<UUID, BigDecimal> done = new HashMap<>();
        picking.lines.forEach(line -> done.put(line.productId, Picking.NO_UNITS));
        List<Problem.FieldError> errors = new ArrayList<>();
        if (requestedLines.isEmpty()) {
            errors.add(new Problem.FieldError("lines", "must not be empty, so leave it out to deliver the reserved quantities"));
        }

        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < requestedLines.size(); i++) {
            Delivery.DeliveredLine requested = requestedLines.get(i);
            Problem.FieldError error = lineError(picking, requested, "lines[" + i + "]", seen);
            if (error != null) {
                errors.add(error);
            } else {
                done.put(requested.productId(), Quantities.normalize(requested.quantityDone()));
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

    /** Returns the error of one requested line, or null when it is valid. */
    private static Problem.FieldError lineError(Picking picking, Delivery.DeliveredLine requested, String field, Set<UUID> seen) {
        UUID productId = requested.productId();
        PickingLine line = picking.lines.stream()
                .filter(candidate -> candidate.productId.equals(productId))
                .findFirst()
                .orElse(null);
        if (line == null) {
            return new Problem.FieldError(field + ".productId", "product " + productId + " is not on picking " + picking.name);
        }
        if (!seen.add(productId)) {
            return new Problem.FieldError(field + ".productId", "product " + productId + " is listed twice");
        }
        if (requested.quantityDone().compareTo(line.reserved) > 0) {
            String reserved = line.reserved.toPlainString();
            return new Problem.FieldError(field + ".quantityDone", requested.quantityDone().toPlainString()
                    + " is more than the " + reserved + " unit(s) reserved for product " + productId
                    + ", so deliver at most " + reserved + " or run Check Availability first");
        }
        return null;
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
