package com.dealercrm.delivery.repository;

import com.dealercrm.delivery.StockQuant;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Loads and locks the stock of products. */
@ApplicationScoped
public class StockQuantRepository implements PanacheRepositoryBase<StockQuant, UUID> {

    private static final String INSERT_EMPTY =
            "INSERT INTO stock_quant (product_id, on_hand, reserved, updated_at) VALUES (:productId, 0, 0, :now) "
                    + "ON CONFLICT (product_id) DO NOTHING";

    /**
     * Locks the stock rows of the products in product id order (ORDER BY under FOR UPDATE), so two
     * transactions that each lock their products in one call wait for each other instead of
     * deadlocking. Products without a stock row are missing from the map.
     */
    public Uni<Map<UUID, StockQuant>> lockAll(Collection<UUID> productIds) {
        if (productIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return find("productId in ?1 order by productId", List.copyOf(productIds))
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .list()
                .map(quants -> quants.stream().collect(Collectors.toMap(quant -> quant.productId, Function.identity())));
    }

    /** Creates an empty stock row for the product unless one exists, then locks and returns it. */
    public Uni<StockQuant> createOrLock(UUID productId, Instant now) {
        return Panache.getSession()
                .flatMap(session -> session.createNativeQuery(INSERT_EMPTY)
                        .setParameter("productId", productId)
                        .setParameter("now", now)
                        .executeUpdate())
                .flatMap(inserted -> findById(productId, LockModeType.PESSIMISTIC_WRITE));
    }
}
