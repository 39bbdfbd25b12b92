package com.dealercrm.quotation.repository;

import com.dealercrm.quotation.SaleOrder;
import com.dealercrm.quotation.SaleOrderState;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class SaleOrderRepository implements PanacheRepositoryBase<SaleOrder, UUID> {

    public Uni<SaleOrder> findByIdempotencyKey(String idempotencyKey) {
        return find("idempotencyKey", idempotencyKey).firstResult();
    }

    /**
     * Takes a transaction-scoped PostgreSQL advisory lock on the idempotency key, so that creates
     * with the same key run one after the other and the later one finds the order of the first.
     */
    public Uni<Void> lockIdempotencyKey(String idempotencyKey) {
        return Panache.getSession()
                .flatMap(session -> session
                        .createNativeQuery("SELECT count(*) FROM pg_advisory_xact_lock(hashtextextended(:key, 0))", Long.class)
                        .setParameter("key", idempotencyKey)
                        .getSingleResult())
                .replaceWithVoid();
    }

    /** Returns the next free name, {@code SO00001} onward, from the {@code sale_order_number} sequence. */
    public Uni<String> nextName() {
        return Panache.getSession()
                .flatMap(session -> session
                        .createNativeQuery("SELECT nextval('sale_order_number')", Long.class)
                        .getSingleResult())
                .map(number -> String.format("SO%05d", number));
    }

    /**
     * Returns the orders matching the filters, newest first. A null filter matches every order.
     * {@code createdBy} restricts a dealer user to the orders they created.
     */
    public PanacheQuery<SaleOrder> search(String createdBy, UUID dealerLeadId, SaleOrderState state) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (createdBy != null) {
            conditions.add("createdBy = :createdBy");
            parameters.and("createdBy", createdBy);
        }
        if (dealerLeadId != null) {
            conditions.add("dealerLeadId = :dealerLeadId");
            parameters.and("dealerLeadId", dealerLeadId);
        }
        if (state != null) {
            conditions.add("state = :state");
            parameters.and("state", state);
        }
        Sort newestFirst = Sort.by("createdAt", Sort.Direction.Descending).and("id");
        if (conditions.isEmpty()) {
            return findAll(newestFirst);
        }
        return find(String.join(" and ", conditions), newestFirst, parameters);
    }
}
