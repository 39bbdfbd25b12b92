package com.dealercrm.quotation.service;

import com.dealercrm.platform.error.ApiException;
import com.dealercrm.quotation.SaleOrder;
import com.dealercrm.quotation.SaleOrderAggregate;
import com.dealercrm.quotation.repository.SaleOrderLineRepository;
import com.dealercrm.quotation.repository.SaleOrderRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Loads sale orders for a caller. A dealer user gets a 404 for an order created by someone else,
 * the same response as for an order that does not exist.
 */
@ApplicationScoped
public class SaleOrderAccess {

    private final SaleOrderRepository orders;
    private final SaleOrderLineRepository lines;

    public SaleOrderAccess(SaleOrderRepository orders, SaleOrderLineRepository lines) {
        this.orders = orders;
        this.lines = lines;
    }

    /**
     * Loads the order with its lines, or raises 404. With an {@code expectedVersion} (from
     * {@code If-Match}) a different current version raises 412.
     */
    public Uni<SaleOrderAggregate> load(UUID id, Long expectedVersion, Caller caller) {
        return orders.findById(id)
                .map(order -> order != null && caller.mayActOn(order) ? order : null)
                .onItem().ifNull().failWith(() -> notFound(id))
                .invoke(order -> checkVersion(order, expectedVersion))
                .flatMap(this::withLines);
    }

    public Uni<SaleOrderAggregate> withLines(SaleOrder order) {
        return lines.listByOrder(order.id)
                .map(orderLines -> new SaleOrderAggregate(order, orderLines));
    }

    public static ApiException notFound(UUID id) {
        return ApiException.notFound("Sale order " + id + " does not exist or is not yours. Check the id.");
    }

    private static void checkVersion(SaleOrder order, Long expectedVersion) {
        if (expectedVersion != null && !expectedVersion.equals(order.version)) {
            throw ApiException.preconditionFailed("Sale order " + order.name + " is at version " + order.version
                    + ", not " + expectedVersion + ". Reload it and try again.");
        }
    }
}
