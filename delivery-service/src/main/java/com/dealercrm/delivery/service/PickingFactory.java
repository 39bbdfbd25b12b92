package com.dealercrm.delivery.service;

import com.dealercrm.delivery.Picking;
import com.dealercrm.delivery.PickingLine;
import com.dealercrm.delivery.PickingState;
import com.dealercrm.delivery.SaleOrder;
import com.dealercrm.delivery.repository.PickingRepository;
import com.dealercrm.platform.outbox.EventOutbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Creates pickings named from the picking sequence: one per confirmed order, and backorders. */
@ApplicationScoped
public class PickingFactory {

    private final PickingRepository pickings;
    private final EventOutbox outbox;

    public PickingFactory(PickingRepository pickings, EventOutbox outbox) {
        this.pickings = pickings;
        this.outbox = outbox;
    }

    /** Creates the first picking of a confirmed sale order, with nothing reserved yet. */
    Uni<Picking> createForOrder(SaleOrder order, List<Demand> demands) {
        Picking picking = newPicking(order.id, order.name, order.dealerLeadId, null);
        return create(picking, demands);
    }

    /** Creates the backorder of a short delivery for the undelivered units, keeping their reservations. */
    Uni<Picking> createBackorder(Picking original, List<Demand> remainders) {
        Picking backorder = newPicking(original.saleOrderId, original.saleOrderName, original.dealerLeadId, original.id);
        return create(backorder, remainders);
    }

    private Uni<Picking> create(Picking picking, List<Demand> demands) {
        demands.forEach(demand -> addLine(picking, demand));
        picking.state = picking.isFullyReserved() ? PickingState.ASSIGNED : PickingState.CONFIRMED;
        return pickings.nextNameNumber()
                .invoke(number -> picking.name = Picking.nameFor(number))
                .flatMap(number -> pickings.persist(picking));
    }

    private Picking newPicking(UUID saleOrderId, String saleOrderName, UUID dealerLeadId, UUID backorderOfId) {
        Instant now = outbox.now();
        Picking picking = new Picking();
        picking.id = UUID.randomUUID();
        picking.saleOrderId = saleOrderId;
        picking.saleOrderName = saleOrderName;
        picking.dealerLeadId = dealerLeadId;
        picking.backorderOfId = backorderOfId;
        picking.createdAt = now;
        picking.updatedAt = now;
        return picking;
    }

    private static void addLine(Picking picking, Demand demand) {
        PickingLine line = picking.addLine(demand.productId(), demand.description(), demand.quantity());
        line.reserved = demand.reserved();
    }
}
