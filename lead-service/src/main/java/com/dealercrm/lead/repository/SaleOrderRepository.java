package com.dealercrm.lead.repository;

import com.dealercrm.lead.PickingState;
import com.dealercrm.lead.SaleOrder;
import com.dealercrm.lead.SaleOrderState;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Stores the copies of sale orders taken from sale-order events. */
@ApplicationScoped
public class SaleOrderRepository implements PanacheRepositoryBase<SaleOrder, UUID> {

    // The Mark Won gate as the copies show it: the order is confirmed, none of its pickings is
    // pending, and an order with deliverable lines has at least one DONE picking.
    private static final String READY_FOR_MARK_WON = """
            select o.id from SaleOrder o
            where o.id in :ids
              and o.state in :confirmed
              and not exists (select p.id from Picking p where p.saleOrderId = o.id and p.state in :pending)
              and (o.hasDeliverableLines = false
                   or exists (select p.id from Picking p where p.saleOrderId = o.id and p.state = :done))
            """;

    /** Returns the ids among {@code ids} of the orders whose copies would pass the Mark Won gate. */
    public Uni<List<UUID>> findReadyForMarkWon(Collection<UUID> ids) {
        return Panache.getSession()
                .flatMap(session -> session.createSelectionQuery(READY_FOR_MARK_WON, UUID.class)
                        .setParameter("ids", ids)
                        .setParameter("confirmed", List.of(SaleOrderState.SALE, SaleOrderState.DONE))
                        .setParameter("pending", List.of(PickingState.CONFIRMED, PickingState.ASSIGNED))
                        .setParameter("done", PickingState.DONE)
                        .getResultList());
    }
}
