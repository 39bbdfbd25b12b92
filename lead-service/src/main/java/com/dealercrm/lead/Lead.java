package com.dealercrm.lead;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A dealer lead: a customer's interest in a vehicle, worked from New through Negotiation to Won or
 * Lost. Endorsed leads come from a BPO source lead and keep its id, reference and URL.
 */
@Entity
@Table(name = "lead")
public class Lead extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, updatable = false)
    public String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public LeadStage stage;

    @Column(nullable = false)
    public boolean active = true;

    @Column(name = "owner_id")
    public String ownerId;

    @Column(name = "owner_name")
    public String ownerName;

    @Column(name = "partner_id", nullable = false)
    public UUID partnerId;

    @Column(name = "customer_name", nullable = false)
    public String customerName;

    /** E.164, such as +491701234567. */
    @Column(name = "customer_mobile")
    public String customerMobile;

    @Column(name = "customer_email")
    public String customerEmail;

    @Column(name = "brand_id")
    public UUID brandId;

    @Column(name = "product_id")
    public UUID productId;

    @Column(name = "vehicle_model_text")
    public String vehicleModelText;

    @Column(nullable = false)
    public int quantity = 1;

    @Column(name = "expected_price", precision = 14, scale = 2)
    public BigDecimal expectedPrice;

    @Column(precision = 14, scale = 2)
    public BigDecimal budget;

    @Column(name = "trade_in")
    public String tradeIn;

    public String financing;

    public String notes;

    @Column(name = "sale_order_id")
    public UUID saleOrderId;

    @Column(name = "sale_order_name")
    public String saleOrderName;

    @Column(name = "bpo_source_lead_id", updatable = false)
    public Long bpoSourceLeadId;

    @Column(name = "bpo_source_reference", updatable = false)
    public String bpoSourceReference;

    @Column(name = "bpo_source_url", updatable = false)
    public String bpoSourceUrl;

    @Column(name = "bpo_endorsed_by", updatable = false)
    public String bpoEndorsedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "bpo_sync_status", nullable = false)
    public BpoSyncStatus bpoSyncStatus = BpoSyncStatus.NONE;

    @Column(name = "date_won")
    public Instant dateWon;

    @Column(name = "date_lost")
    public Instant dateLost;

    @Enumerated(EnumType.STRING)
    @Column(name = "lost_reason")
    public LostReason lostReason;

    @Column(name = "lost_notes")
    public String lostNotes;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(nullable = false)
    public long version;

    public boolean isEndorsed() {
        return bpoSourceLeadId != null;
    }

    public boolean isOwnedBy(String userId) {
        return ownerId != null && ownerId.equals(userId);
    }
}
