package com.dealercrm.delivery.repository;

import com.dealercrm.delivery.Picking;
import com.dealercrm.delivery.PickingState;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.reactive.mutiny.Mutiny;

/** Loads and locks pickings together with their lines. */
@ApplicationScoped
public class PickingRepository implements PanacheRepositoryBase<Picking, UUID> {

    private static final List<PickingState> OPEN_STATES = List.of(PickingState.CONFIRMED, PickingState.ASSIGNED);

    /** Returns the picking with its lines, or null when unknown. */
    private static final String ORDER_CREATED_BY = "p.saleOrderId in (select o.id from SaleOrder o where o.createdBy = :createdBy)";

    /** Returns true when the picking belongs to a sale order the user created. */
    public Uni<Boolean> isOfOrderCreatedBy(UUID id, String userId) {
        return count("from Picking p where p.id = :id and " + ORDER_CREATED_BY, Parameters.with("id", id).and("createdBy", userId))
                .map(count -> count > 0);
    }

    public Uni<Picking> findWithLines(UUID id) {
        return find("from Picking p left join fetch p.lines where p.id = ?1", id)
                .list()
                .map(found -> found.isEmpty() ? null : found.get(0));
    }

    /** Locks the picking row for the rest of the transaction and loads its lines; null when unknown. */
    public Uni<Picking> lockWithLines(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE)
                .call(picking -> picking == null ? Uni.createFrom().nullItem() : Mutiny.fetch(picking.lines));
    }

    /** Locks the open pickings of a sale order in id order and loads their lines. */
    public Uni<List<Picking>> lockOpenOfSaleOrder(UUID saleOrderId) {
        return find("saleOrderId = ?1 and state in ?2 order by id", saleOrderId, OPEN_STATES)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .list()
                .call(pickings -> fetchLines(pickings));
    }

    /** Returns the picking created for the sale order's confirmation, not a backorder; null if none. */
    public Uni<Picking> findFirstOfSaleOrder(UUID saleOrderId) {
        return find("saleOrderId = ?1 and backorderOfId is null", saleOrderId).firstResult();
    }

    public Uni<List<Picking>> listOfSaleOrder(UUID saleOrderId) {
        return list("saleOrderId = ?1 order by name", saleOrderId);
    }

    /** Returns one page of pickings, newest name first, with their lines. */
    public Uni<List<Picking>> page(PickingFilter filter, int page, int size) {
        return find(filter.query() + " order by p.name desc", filter.parameters())
                .page(page, size)
                .list()
                .map(pickings -> pickings.stream().map(picking -> picking.id).toList())
                .flatMap(ids -> findAllWithLines(ids));
    }

    public Uni<Long> count(PickingFilter filter) {
        return count(filter.query(), filter.parameters());
    }

    /** Takes the next number of the picking name sequence; a rolled-back transaction leaves a gap. */
    public Uni<Long> nextNameNumber() {
        return Panache.getSession()
                .flatMap(session -> session.createNativeQuery("SELECT nextval('picking_name_seq')", Long.class)
                        .getSingleResult());
    }

    private Uni<List<Picking>> findAllWithLines(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return find("select distinct p from Picking p left join fetch p.lines where p.id in ?1", ids)
                .list()
                .map(pickings -> inOrderOf(ids, pickings));
    }

    private static List<Picking> inOrderOf(List<UUID> ids, List<Picking> pickings) {
        Map<UUID, Picking> byId = pickings.stream().collect(Collectors.toMap(picking -> picking.id, Function.identity()));
        List<Picking> ordered = new ArrayList<>(ids.size());
        ids.forEach(id -> ordered.add(byId.get(id)));
        return ordered;
    }

    private static Uni<Void> fetchLines(List<Picking> pickings) {
        return Multi.createFrom().iterable(pickings)
                .onItem().transformToUniAndConcatenate(picking -> Mutiny.fetch(picking.lines))
                .collect().last()
                .replaceWithVoid();
    }

    /** The optional filters of the picking list, as an HQL condition and its named parameters. */
    public record PickingFilter(UUID saleOrderId, PickingState state, String orderCreatedBy) {

        /** Creates a filter without an ownership restriction, as managers and admins list pickings. */
        public PickingFilter(UUID saleOrderId, PickingState state) {
            this(saleOrderId, state, null);
        }

        /** Returns the same filter, restricted to pickings of sale orders the given user created. */
        public PickingFilter ofOrdersCreatedBy(String userId) {
            return new PickingFilter(saleOrderId, state, userId);
        }

        String query() {
            List<String> conditions = new ArrayList<>();
            if (orderCreatedBy != null) {
                conditions.add(ORDER_CREATED_BY);
            }
            if (saleOrderId != null) {
                conditions.add("p.saleOrderId = :saleOrderId");
            }
            if (state != null) {
                conditions.add("p.state = :state");
            }
            return conditions.isEmpty() ? "from Picking p" : "from Picking p where " + String.join(" and ", conditions);
        }

        Parameters parameters() {
            Parameters parameters = new Parameters();
            if (orderCreatedBy != null) {
                parameters.and("createdBy", orderCreatedBy);
            }
            if (saleOrderId != null) {
                parameters.and("saleOrderId", saleOrderId);
            }
            if (state != null) {
                parameters.and("state", state);
            }
            return parameters;
        }
    }
}
