package com.dealercrm.delivery.service;

import com.dealercrm.delivery.Picking;
import com.dealercrm.delivery.PickingLine;
import com.dealercrm.delivery.StockAdjustment;
import com.dealercrm.delivery.StockQuant;
import com.dealercrm.delivery.repository.StockQuantRepository;
import com.dealercrm.events.Actor;
import com.dealercrm.platform.error.ApiException;
import com.dealercrm.platform.outbox.EventOutbox;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.logging.Log;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Stock on hand and its reservations. Every change locks the products' stock rows first, in
 * product id order, so concurrent reservations never reserve more than is on hand.
 */
@ApplicationScoped
public class StockService {

    private final StockQuantRepository quants;
    private final EventOutbox outbox;

    public StockService(StockQuantRepository quants, EventOutbox outbox) {
        this.quants = quants;
        this.outbox = outbox;
    }

    /**
     * Reserves available stock for the picking's unreserved demand and returns what is still
     * missing. The caller holds the lock on the picking.
     */
    public Uni<List<Shortage>> reserve(Picking picking) {
        List<PickingLine> waiting = picking.lines.stream()
                .filter(line -> line.missing().signum() > 0)
                .toList();
        Set<UUID> productIds = waiting.stream()
                .map(line -> line.productId)
                .collect(Collectors.toSet());
        Instant now = outbox.now();
        return quants.lockAll(productIds)
                .map(stock -> reserveLines(waiting, stock, now));
    }

    /** Takes delivered units out of stock and releases reservations. */
    public Uni<Void> apply(List<StockMove> moves) {
        Map<UUID, StockMove> byProduct = new LinkedHashMap<>();
        moves.stream()
                .filter(move -> !move.isEmpty())
                .forEach(move -> byProduct.merge(move.productId(), move, StockMove::plus));
        Instant now = outbox.now();
        return quants.lockAll(byProduct.keySet())
                .invoke(stock -> byProduct.values().forEach(move -> applyMove(move, stock.get(move.productId()), now)))
                .replaceWithVoid();
    }

    /**
     * Sets a product's on-hand quantity to the counted {@code quantity} and records the
     * adjustment. Rejects a quantity below the units reserved by open pickings with 409.
     */
    @WithTransaction
    public Uni<StockQuant> adjust(UUID productId, BigDecimal quantity, Actor actor) {
        Log.debugf("Adjusting stock of product %s to %s", productId, quantity);
        Instant now = outbox.now();
        BigDecimal onHand = Quantities.normalize(quantity);
        return quants.createOrLock(productId, now)
                .invoke(quant -> checkNotBelowReserved(quant, onHand))
                .call(quant -> recordAdjustment(quant, onHand, actor, now))
                .invoke(quant -> setOnHand(quant, onHand, now));
    }

    /** Returns one page of stock levels in product id order, or the one of {@code productId} when given. */
    @WithSession
    public Uni<Page<StockQuant>> list(UUID productId, int page, int size) {
        PanacheQuery<StockQuant> query = productId == null
                ? quants.findAll(Sort.by("productId"))
                : quants.find("productId", productId);
        return query.count()
                .flatMap(total -> query.page(page, size)
                        .list()
                        .map(items -> new Page<>(items, total)));
    }

    private static List<Shortage> reserveLines(List<PickingLine> lines, Map<UUID, StockQuant> stock, Instant now) {
        List<Shortage> shortages = new ArrayList<>();
        for (PickingLine line : lines) {
            StockQuant quant = stock.get(line.productId);
            BigDecimal available = quant == null ? BigDecimal.ZERO : quant.available();
            BigDecimal reserved = available.min(line.missing());
            if (reserved.signum() > 0) {
                quant.reserved = quant.reserved.add(reserved);
                quant.updatedAt = now;
                line.reserved = line.reserved.add(reserved);
            }
            if (line.missing().signum() > 0) {
                shortages.add(new Shortage(line.productId, line.missing()));
            }
        }
        return shortages;
    }

    private static void applyMove(StockMove move, StockQuant quant, Instant now) {
        if (quant == null) {
            // Reserved units always come from a stock row, so this is a bug, not bad input.
            throw new IllegalStateException("No stock row for product " + move.productId() + " although a picking reserved it");
        }
        quant.onHand = quant.onHand.subtract(move.delivered());
        quant.reserved = quant.reserved.subtract(move.released());
        quant.updatedAt = now;
    }

    private static void checkNotBelowReserved(StockQuant quant, BigDecimal onHand) {
        if (onHand.compareTo(quant.reserved) < 0) {
            throw ApiException.conflict("Product " + quant.productId + " has " + quant.reserved.toPlainString()
                            + " unit(s) reserved by open pickings, so set its on-hand quantity to at least "
                            + quant.reserved.toPlainString() + " or cancel those pickings first.")
                    .with("reserved", quant.reserved);
        }
    }

    private static Uni<StockAdjustment> recordAdjustment(StockQuant quant, BigDecimal onHand, Actor actor, Instant now) {
        StockAdjustment adjustment = new StockAdjustment();
        adjustment.id = UUID.randomUUID();
        adjustment.productId = quant.productId;
        adjustment.onHandBefore = quant.onHand;
        adjustment.onHandAfter = onHand;
        adjustment.adjustedBy = actor.id();
        adjustment.adjustedByName = actor.name();
        adjustment.adjustedAt = now;
        return adjustment.persist();
    }

    private static void setOnHand(StockQuant quant, BigDecimal onHand, Instant now) {
        Log.infof("Stock of product %s set from %s to %s on hand (%s reserved)",
                quant.productId, quant.onHand.toPlainString(), onHand.toPlainString(), quant.reserved.toPlainString());
        quant.onHand = onHand;
        quant.updatedAt = now;
    }
}
