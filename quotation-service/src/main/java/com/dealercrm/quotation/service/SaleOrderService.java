package com.dealercrm.quotation.service;

import com.dealercrm.platform.error.ApiException;
import com.dealercrm.platform.outbox.EventOutbox;
import com.dealercrm.quotation.SaleOrder;
import com.dealercrm.quotation.SaleOrderAggregate;
import com.dealercrm.quotation.SaleOrderLine;
import com.dealercrm.quotation.SaleOrderState;
import com.dealercrm.quotation.mapping.PageResponse;
import com.dealercrm.quotation.repository.BrandRepository;
import com.dealercrm.quotation.repository.SaleOrderLineRepository;
import com.dealercrm.quotation.repository.SaleOrderRepository;
import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Creates and reads sale orders. */
@ApplicationScoped
public class SaleOrderService {

    private final SaleOrderRepository orders;
    private final SaleOrderLineRepository lines;
    private final BrandRepository brands;
    private final SaleOrderAccess access;
    private final SaleOrderLineWriter lineWriter;
    private final SaleOrderEventRecorder events;
    private final EventOutbox outbox;

    public SaleOrderService(
            SaleOrderRepository orders,
            SaleOrderLineRepository lines,
            BrandRepository brands,
            SaleOrderAccess access,
            SaleOrderLineWriter lineWriter,
            SaleOrderEventRecorder events,
            EventOutbox outbox) {
        this.orders = orders;
        this.lines = lines;
        this.brands = brands;
        this.access = access;
        this.lineWriter = lineWriter;
        this.events = events;
        this.outbox = outbox;
    }

    /** A created or replayed order. {@code created} is false when the idempotency key was already used. */
    public record CreateResult(SaleOrderAggregate order, boolean created) {
    }

    /**
     * Creates a DRAFT order, or returns the order already created with the same idempotency key.
     * Creates with one key are serialized by an advisory lock, so two racing requests give one order.
     */
    @WithTransaction
    public Uni<CreateResult> create(String idempotencyKey, NewSaleOrder input, Caller caller) {
        Log.debugf("Creating sale order for lead %s with key %s for %s", input.dealerLeadId(), idempotencyKey, caller.id());
        return orders.lockIdempotencyKey(idempotencyKey)
                .flatMap(locked -> orders.findByIdempotencyKey(idempotencyKey))
                .flatMap(existing -> existing == null
                        ? createNew(idempotencyKey, input, caller)
                        : replay(existing, caller))
                // NOTE: the advisory lock keeps two creates with one key apart, so this branch runs only
                // when the lock is bypassed. The unique constraint on the key is the guarantee then.
                .onFailure(UniqueViolations::isUniqueViolation).transform(failure -> {
                    Log.warnf("Creating a sale order with Idempotency-Key %s hit a unique constraint: %s", idempotencyKey, failure.toString());
                    return ApiException.conflict("Another request created a sale order with Idempotency-Key " + idempotencyKey
                            + " at the same time. Send the request again to get that order.");
                });
    }

    @WithSession
    public Uni<SaleOrderAggregate> get(UUID id, Caller caller) {
        return access.load(id, null, caller);
    }

    /** Returns the orders matching the filters, newest first. A dealer user sees only the orders they created. */
    @WithSession
    public Uni<PageResponse<SaleOrderAggregate>> list(UUID dealerLeadId, SaleOrderState state, int page, int size, Caller caller) {
        String createdBy = caller.managerOrAdmin() ? null : caller.id();
        PanacheQuery<SaleOrder> query = orders.search(createdBy, dealerLeadId, state).page(page, size);
        return query.count()
                .flatMap(total -> query.list()
                        .flatMap(this::withLines)
                        .map(items -> new PageResponse<>(items, total, page, size)));
    }

    private Uni<CreateResult> createNew(String idempotencyKey, NewSaleOrder input, Caller caller) {
        UUID orderId = UUID.randomUUID();
        return brands.findById(input.brandId())
                .onItem().ifNull().failWith(() -> CatalogService.brandNotFound(input.brandId()))
                .flatMap(brand -> newLines(orderId, input.lines(), caller))
                .flatMap(orderLines -> orders.nextName()
                        .map(name -> newOrder(orderId, name, idempotencyKey, input, caller))
                        .call(order -> orders.persistAndFlush(order))
                        .call(() -> lines.persistAll(orderLines))
                        .map(order -> new SaleOrderAggregate(order, orderLines)))
                .call(aggregate -> events.created(aggregate, caller))
                .invoke(aggregate -> Log.infof("Sale order %s (%s) created for lead %s by %s",
                        aggregate.order().name, aggregate.order().id, input.dealerLeadId(), caller.id()))
                .map(aggregate -> new CreateResult(aggregate, true));
    }

    private Uni<CreateResult> replay(SaleOrder existing, Caller caller) {
        if (!caller.mayActOn(existing)) {
            Log.infof("Idempotency-Key %s of sale order %s was sent by %s, who did not create it", existing.idempotencyKey, existing.name, caller.id());
            return Uni.createFrom().failure(ApiException.conflict("Idempotency-Key " + existing.idempotencyKey
                    + " was already used for a sale order of another user. Send a new key."));
        }
        Log.debugf("Idempotency-Key %s matches sale order %s, returning it", existing.idempotencyKey, existing.name);
        return access.withLines(existing)
                .map(aggregate -> new CreateResult(aggregate, false));
    }

    /** Builds the lines before the order takes a name, so a rejected line leaves no gap in the numbering. */
    private Uni<List<SaleOrderLine>> newLines(UUID orderId, List<LineInput> inputs, Caller caller) {
        return Multi.createFrom().range(0, inputs.size())
                .onItem().transformToUniAndConcatenate(index -> lineWriter.newLine(
                        orderId, index + 1, inputs.get(index), "lines[" + index + "].", caller))
                .collect().asList();
    }

    private Uni<List<SaleOrderAggregate>> withLines(List<SaleOrder> page) {
        List<UUID> ids = page.stream().map(order -> order.id).toList();
        return lines.listByOrders(ids)
                .map(all -> {
                    Map<UUID, List<SaleOrderLine>> byOrder = all.stream()
                            .collect(Collectors.groupingBy(line -> line.saleOrderId));
                    return page.stream()
                            .map(order -> new SaleOrderAggregate(order, byOrder.getOrDefault(order.id, List.of())))
                            .toList();
                });
    }

    private SaleOrder newOrder(UUID id, String name, String idempotencyKey, NewSaleOrder input, Caller caller) {
        Instant now = outbox.now();
        SaleOrder order = new SaleOrder();
        order.id = id;
        order.name = name;
        order.state = SaleOrderState.DRAFT;
        order.partnerId = input.partnerId();
        order.partnerName = input.partnerName();
        order.partnerMobile = input.partnerMobile();
        order.partnerEmail = input.partnerEmail();
        order.brandId = input.brandId();
        order.origin = input.dealerLeadReference();
        order.dealerLeadId = input.dealerLeadId();
        order.idempotencyKey = idempotencyKey;
        order.createdBy = caller.id();
        order.createdByName = caller.actor().name();
        order.createdAt = now;
        order.updatedAt = now;
        return order;
    }
}
