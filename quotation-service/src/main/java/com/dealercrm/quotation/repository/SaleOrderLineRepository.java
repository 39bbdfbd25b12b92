package com.dealercrm.quotation.repository;

import com.dealercrm.quotation.SaleOrderLine;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class SaleOrderLineRepository implements PanacheRepositoryBase<SaleOrderLine, UUID> {

    /** Persists the lines. Unlike Panache's {@code persist(Iterable)}, it accepts an empty list. */
    public Uni<Void> persistAll(List<SaleOrderLine> lines) {
        if (lines.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return persist(lines);
    }

    public Uni<List<SaleOrderLine>> listByOrder(UUID saleOrderId) {
        return list("saleOrderId = ?1 order by position", saleOrderId);
    }

    public Uni<List<SaleOrderLine>> listByOrders(Collection<UUID> saleOrderIds) {
        if (saleOrderIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("saleOrderId in ?1 order by saleOrderId, position", saleOrderIds);
    }
}
