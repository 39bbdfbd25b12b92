package com.dealercrm.delivery;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A sale order as delivery-service records it from sale-order events. quotation-service owns the
 * order, and this copy keeps what the delivery status and object-level rules need.
 */
@Entity
@Table(name = "sale_order")
public class SaleOrder extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    /** The order's state in quotation-service: DRAFT, SALE, DONE or CANCELLED. */
    @Column(nullable = false)
    public String state;

    @Column(name = "dealer_lead_id")
    public UUID dealerLeadId;

    /** The id of the user who created the order in quotation-service. */
    @Column(name = "created_by")
    public String createdBy;

    /** When this service processed the order's confirmation; null while it has not. */
    @Column(name = "confirmation_processed_at")
    public Instant confirmationProcessedAt;

    /** The number of distinct deliverable products of the confirmed order; null before confirmation. */
    @Column(name = "deliverable_product_count")
    public Integer deliverableProductCount;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public boolean isConfirmationProcessed() {
        return confirmationProcessedAt != null;
    }
}
