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
 * A picking (delivery order) as lead-service records it from picking events. delivery-service
 * owns the picking; this copy keeps what the Mark Won button needs.
 */
@Entity
@Table(name = "picking")
public class Picking extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "sale_order_id", nullable = false)
    public UUID saleOrderId;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PickingState state;

    /** The time of the event this copy was last taken from; an older event does not overwrite it. */
    @Column(name = "event_time", nullable = false)
    public Instant eventTime;
}
