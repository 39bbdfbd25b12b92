package com.dealercrm.lead.service;

import com.dealercrm.lead.Lead;
import com.dealercrm.lead.LeadStage;
import com.dealercrm.lead.repository.SaleOrderRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Decides whether a lead shows the Mark Won button, from the copies of sale orders and pickings
 * that the event consumers keep. It never calls quotation-service or delivery-service, so the
 * button can lag behind them for as long as the events take. The Mark Won command calls them.
 */
@ApplicationScoped
public class MarkWonReadiness {

    private final SaleOrderRepository saleOrders;
    private final LeadAccess access;

    public MarkWonReadiness(SaleOrderRepository saleOrders, LeadAccess access) {
        this.saleOrders = saleOrders;
        this.access = access;
    }

    /**
     * Returns the ids of the leads the caller may mark won now: leads they may work, in
     * Negotiation, whose linked order is confirmed and delivered as far as the events tell.
     */
    public Uni<Set<UUID>> findReadyLeadIds(Collection<Lead> leads) {
        Map<UUID, UUID> leadIdBySaleOrderId = new HashMap<>();
        for (Lead lead : leads) {
            if (lead.stage == LeadStage.NEGOTIATION && lead.saleOrderId != null && access.canWork(lead)) {
                leadIdBySaleOrderId.put(lead.saleOrderId, lead.id);
            }
        }
        if (leadIdBySaleOrderId.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        return Panache.withSession(() -> saleOrders.findReadyForMarkWon(leadIdBySaleOrderId.keySet()))
                .map(orderIds -> orderIds.stream().map(leadIdBySaleOrderId::get).collect(Collectors.toSet()));
    }
}
