package com.dealercrm.quotation;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A product of the catalog under one brand: a vehicle, an accessory, or a service such as an
 * extended warranty. Products cannot be edited once created.
 */
@Entity
@Table(name = "product")
public class Product extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "brand_id", nullable = false, updatable = false)
    public UUID brandId;

    @Column(nullable = false, updatable = false)
    public String name;

    /** Default unit price of a sale order line, in the dealer's currency with two decimals. */
    @Column(name = "list_price", nullable = false, updatable = false, precision = 11, scale = 2)
    public BigDecimal listPrice;

    /** False for services: a confirmed order creates picking lines only for deliverable products. */
    @Column(nullable = false, updatable = false)
    public boolean deliverable;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    public static Product create(UUID brandId, String name, BigDecimal listPrice, boolean deliverable, Instant now) {
        Product product = new Product();
        product.id = UUID.randomUUID();
        product.brandId = brandId;
        product.name = name;
        product.listPrice = listPrice;
        product.deliverable = deliverable;
        product.createdAt = now;
        return product;
    }
}
