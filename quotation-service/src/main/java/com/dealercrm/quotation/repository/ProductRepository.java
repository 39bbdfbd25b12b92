package com.dealercrm.quotation.repository;

import com.dealercrm.quotation.Product;
import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ProductRepository implements PanacheRepositoryBase<Product, UUID> {

    public Uni<Boolean> nameExistsInBrand(UUID brandId, String name) {
        return count("brandId = ?1 and lower(name) = lower(?2)", brandId, name)
                .map(count -> count > 0);
    }

    /** Returns the products of one brand, or of all brands when {@code brandId} is null, by name. */
    public PanacheQuery<Product> findByBrand(UUID brandId) {
        Sort byName = Sort.by("name").and("id");
        if (brandId == null) {
            return findAll(byName);
        }
        return find("brandId", byName, brandId);
    }

    public Uni<List<Product>> findByIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("id in ?1", ids);
    }
}
