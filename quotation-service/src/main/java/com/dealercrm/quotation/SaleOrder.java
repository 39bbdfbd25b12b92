package com.dealercrm.quotation;

import com.dealercrm.platform.error.ApiException;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A sale order: a quotation while DRAFT, a sale once confirmed (SALE), locked when DONE, or
 * CANCELLED. Its lines are {@link SaleOrderLine} rows. Changing them touches the order, so its
 * {@code version} increments with every change.
 */
@Entity
@Table(name = "sale_order")
public class SaleOrder extends PanacheEntityBase {

    @Id
    public UUID id;

    /** Human reference, {@code SO00001} onward. */
    @Column(nullable = false, updatable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SaleOrderState state;

    @Column(name = "partner_id", nullable = false, updatable = false)
    public UUID partnerId;

    @Column(name = "partner_name", nullable = false, updatable = false)
    public String partnerName;

    @Column(name = "partner_mobile", updatable = false)
    public String partnerMobile;

    @Column(name = "partner_email", updatable = false)
    public String partnerEmail;

    @Column(name = "brand_id", nullable = false, updatable = false)
    public UUID brandId;

    /** The reference of the lead the order was created from, such as {@code DLEAD/00042}. */
    @Column(updatable = false)
    public String origin;

    @Column(name = "dealer_lead_id", updatable = false)
    public UUID dealerLeadId;

    @Column(name = "idempotency_key", nullable = false, updatable = false)
    public String idempotencyKey;

    /** The token subject of the user who created the order: a dealer user may act only on these. */
    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "created_by_name", nullable = false, updatable = false)
    public String createdByName;

    @Column(name = "confirmed_at")
    public Instant confirmedAt;

    @Column(name = "locked_at")
    public Instant lockedAt;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(nullable = false)
    public Long version;

    /** Moves a DRAFT order to SALE, or raises 409 from any other state. The caller checks for lines. */
    public void confirm(Instant now) {
        if (state != SaleOrderState.DRAFT) {
            throw ApiException.conflict("Sale order " + name + " is in state " + state + ", and only a DRAFT order can be confirmed.");
        }
        state = SaleOrderState.SALE;
        confirmedAt = now;
        updatedAt = now;
    }

    /** Moves a SALE order to DONE, or raises 409 from any other state. */
    public void lock(Instant now) {
        if (state != SaleOrderState.SALE) {
            throw ApiException.conflict("Sale order " + name + " is in state " + state + ", and only a confirmed (SALE) order can be locked.");
        }
        state = SaleOrderState.DONE;
        lockedAt = now;
        updatedAt = now;
    }

    /** Moves a DRAFT or SALE order to CANCELLED, or raises 409 from DONE or CANCELLED. */
    public void cancel(Instant now) {
        if (state != SaleOrderState.DRAFT && state != SaleOrderState.SALE) {
            throw ApiException.conflict("Sale order " + name + " is in state " + state + ", and only a DRAFT or SALE order can be cancelled.");
        }
        state = SaleOrderState.CANCELLED;
        cancelledAt = now;
        updatedAt = now;
    }

    /** Raises 409 unless the order is DRAFT, the only state in which its lines can change. */
    public void requireEditableLines() {
        if (state != SaleOrderState.DRAFT) {
            throw ApiException.conflict("Sale order " + name + " is in state " + state + ", and its lines can only be changed while it is DRAFT.");
        }
    }

    /** Marks the order changed, so that its version increments when the transaction commits. */
    public void touch(Instant now) {
        updatedAt = now;
    }
}
