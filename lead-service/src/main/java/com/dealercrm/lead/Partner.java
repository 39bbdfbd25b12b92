package com.dealercrm.lead;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A customer, whom leads are matched to by mobile, then by email. */
@Entity
@Table(name = "partner")
public class Partner extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    /** E.164, unique. */
    public String mobile;

    /** Trimmed and lower-cased, unique. */
    public String email;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
}
