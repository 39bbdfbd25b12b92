package com.dealercrm.delivery;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * One product of a picking: the demanded quantity, the part reserved from stock on hand, and the
 * part delivered when the picking was validated.
 */
@Entity
@Table(name = "picking_line")
public class PickingLine extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "picking_id", nullable = false, updatable = false)
    public Picking picking;

    @Column(name = "product_id", nullable = false, updatable = false)
    public UUID productId;

    public String description;

    @Column(nullable = false, precision = 12, scale = 2)
    public BigDecimal demand;

    @Column(nullable = false, precision = 12, scale = 2)
    public BigDecimal reserved;

    @Column(nullable = false, precision = 12, scale = 2)
    public BigDecimal done;

    public BigDecimal missing() {
        return demand.subtract(reserved);
    }
}
