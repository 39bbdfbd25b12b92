package com.dealercrm.quotation;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A vehicle brand of the catalog, such as Volkswagen. Every product is sold under one brand. */
@Entity
@Table(name = "brand")
public class Brand extends PanacheEntityBase {

    @Id
    public UUID id;

    /** Short unique code such as {@code VW}, compared without regard to case. */
    @Column(nullable = false, updatable = false)
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    public static Brand create(String code, String name, Instant now) {
        Brand brand = new Brand();
        brand.id = UUID.randomUUID();
        brand.code = code;
        brand.name = name;
        brand.createdAt = now;
        return brand;
    }
}
