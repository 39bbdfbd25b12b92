package com.dealercrm.delivery.service;

import com.dealercrm.delivery.Picking;
import com.dealercrm.delivery.repository.PickingRepository;
import com.dealercrm.delivery.repository.PickingRepository.PickingFilter;
import com.dealercrm.delivery.repository.SaleOrderRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Reads pickings and the delivery status of sale orders. */
@ApplicationScoped
public class PickingQueryService {

    private final PickingRepository pickings;
    private final SaleOrderRepository orders;

    public PickingQueryService(PickingRepository pickings, SaleOrderRepository orders) {
        this.pickings = pickings;
        this.orders = orders;
    }

    /** Returns the picking with its lines, or null when unknown. */
    @WithSession
    public Uni<Picking> get(UUID id) {
        return pickings.findWithLines(id);
    }

    /** Returns one page of the pickings that match the filter, newest name first. */
    @WithSession
    public Uni<Page<Picking>> list(PickingFilter filter, int page, int size) {
        return pickings.count(filter)
                .flatMap(total -> pickings.page(filter, page, size)
                        .map(items -> new Page<>(items, total)));
    }

    /**
     * Returns whether a dealer user may see and act on the picking: only pickings of sale orders
     * they created, like the orders themselves. Managers and admins pass a null user id and see all.
     */
    @WithSession
    public Uni<Boolean> isVisible(UUID id, String dealerUserId) {
        if (dealerUserId == null) {
            return Uni.createFrom().item(true);
        }
        return pickings.isOfOrderCreatedBy(id, dealerUserId);
    }

    @WithSession
    public Uni<DeliveryStatus> status(UUID saleOrderId) {
        return orders.findById(saleOrderId)
                .flatMap(order -> pickings.listOfSaleOrder(saleOrderId)
                        .map(list -> DeliveryStatus.of(saleOrderId, order, list)));
    }
}
