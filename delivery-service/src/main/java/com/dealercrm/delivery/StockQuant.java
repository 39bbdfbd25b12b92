package com.dealercrm.delivery;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** The stock of one product: units on hand, and the part of them reserved by open pickings. */
@Entity
@Table(name = "stock_quant")
public class StockQuant extends PanacheEntityBase {

    @Id
    @Column(name = "product_id")
    public UUID productId;

    @Column(name = "on_hand", nullable = false, precision = 12, scale = 2)
    public BigDecimal onHand;

    @Column(nullable = false, precision = 12, scale = 2)
    public BigDecimal reserved;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Returns the units on hand that no picking has reserved. */
    public BigDecimal available() {
        return onHand.subtract(reserved);
    }
}
