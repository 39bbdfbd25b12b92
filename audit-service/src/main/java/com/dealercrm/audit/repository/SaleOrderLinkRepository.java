package com.dealercrm.audit.repository;

import com.dealercrm.audit.SaleOrderLink;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Stores which lead each sale order belongs to. */
@ApplicationScoped
public class SaleOrderLinkRepository implements PanacheRepositoryBase<SaleOrderLink, String> {

    private static final String UPSERT = """
            INSERT INTO sale_order_link (sale_order_id, sale_order_name, lead_id)
            VALUES (CAST(:saleOrderId AS text), CAST(:name AS text), CAST(:leadId AS text))
            ON CONFLICT (sale_order_id) DO UPDATE
               SET sale_order_name = COALESCE(EXCLUDED.sale_order_name, sale_order_link.sale_order_name),
                   lead_id = EXCLUDED.lead_id
            """;

    /** Records that the sale order belongs to the lead; a later link of the same order replaces it. */
    public Uni<Void> link(String saleOrderId, String saleOrderName, String leadId) {
        return getSession()
                .flatMap(session -> session.createNativeQuery(UPSERT)
                        .setParameter("saleOrderId", saleOrderId)
                        .setParameter("name", saleOrderName)
                        .setParameter("leadId", leadId)
                        .executeUpdate())
                .replaceWithVoid();
    }

    /** Returns the lead id of the sale order, or null when no event has linked it yet. */
    public Uni<String> findLeadId(String saleOrderId) {
        return findById(saleOrderId)
                .map(link -> link == null ? null : link.leadId);
    }
}
