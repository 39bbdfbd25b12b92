package com.dealercrm.delivery;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** An outgoing picking (delivery order) of a sale order, named WH/OUT/00001 onward. */
@Entity
@Table(name = "picking")
public class Picking extends PanacheEntityBase {

    public static final String NAME_PREFIX = "WH/OUT/";
    /** Zero with the two decimal places that quantities are stored with. */
    public static final BigDecimal NO_UNITS = BigDecimal.ZERO.setScale(2);

    @Id
    public UUID id;

    @Column(nullable = false, updatable = false)
    public String name;

    @Column(name = "sale_order_id", nullable = false, updatable = false)
    public UUID saleOrderId;

    @Column(name = "sale_order_name", nullable = false)
    public String saleOrderName;

    @Column(name = "dealer_lead_id")
    public UUID dealerLeadId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PickingState state;

    /** The picking whose short delivery created this one, or null. */
    @Column(name = "backorder_of_id", updatable = false)
    public UUID backorderOfId;

    @Column(name = "date_done")
    public Instant dateDone;

    /** The id (token subject) of the user who validated the picking. */
    @Column(name = "validated_by")
    public String validatedBy;

    @Column(name = "validated_by_name")
    public String validatedByName;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @OneToMany(mappedBy = "picking", cascade = CascadeType.PERSIST)
    public List<PickingLine> lines = new ArrayList<>();

    public static String nameFor(long number) {
        return NAME_PREFIX + String.format("%05d", number);
    }

    public PickingLine addLine(UUID productId, String description, BigDecimal demand) {
        PickingLine line = new PickingLine();
        line.id = UUID.randomUUID();
        line.picking = this;
        line.productId = productId;
        line.description = description;
        line.demand = demand;
        line.reserved = NO_UNITS;
        line.done = NO_UNITS;
        lines.add(line);
        return line;
    }

    /** Returns true when at least one line has stock reserved, the condition to validate. */
    public boolean hasReservedStock() {
        return lines.stream().anyMatch(line -> line.reserved.signum() > 0);
    }

    public boolean isFullyReserved() {
        return lines.stream().allMatch(line -> line.reserved.compareTo(line.demand) == 0);
    }
}
