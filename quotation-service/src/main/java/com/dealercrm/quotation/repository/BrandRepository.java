package com.dealercrm.quotation.repository;

import com.dealercrm.quotation.Brand;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class BrandRepository implements PanacheRepositoryBase<Brand, UUID> {

    public Uni<Boolean> codeExists(String code) {
        return count("upper(code) = upper(?1)", code)
                .map(count -> count > 0);
    }
}
