package com.dealercrm.lead;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A sale order as lead-service records it from sale-order events. quotation-service owns the
 * order; this copy keeps what the Mark Won button needs.
 */
@Entity
@Table(name = "sale_order")
public class SaleOrder extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "lead_id")
    public UUID leadId;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SaleOrderState state;

    /** True when a line delivers a product, so that the order needs a validated picking. */
    @Column(name = "has_deliverable_lines", nullable = false)
    public boolean hasDeliverableLines;

    /** The time of the event this copy was last taken from; an older event does not overwrite it. */
    @Column(name = "event_time", nullable = false)
    public Instant eventTime;
}
