package com.dealercrm.delivery;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** An inventory adjustment: who set a product's on-hand quantity, from what, to what, and when. */
@Entity
@Table(name = "stock_adjustment")
public class StockAdjustment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "product_id", nullable = false, updatable = false)
    public UUID productId;

    @Column(name = "on_hand_before", nullable = false, updatable = false, precision = 12, scale = 2)
    public BigDecimal onHandBefore;

    @Column(name = "on_hand_after", nullable = false, updatable = false, precision = 12, scale = 2)
    public BigDecimal onHandAfter;

    @Column(name = "adjusted_by", nullable = false, updatable = false)
    public String adjustedBy;

    @Column(name = "adjusted_by_name", nullable = false, updatable = false)
    public String adjustedByName;

    @Column(name = "adjusted_at", nullable = false, updatable = false)
    public Instant adjustedAt;
}
