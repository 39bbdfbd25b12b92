package com.dealercrm.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * What the audit log has learnt of a lead from its events: the owner that decides who may read its
 * chatter, and its outcome and latest BPO callback result for the reports. Written only by
 * upserts in {@link com.dealercrm.audit.repository.AuditedLeadRepository}.
 */
@Entity
@Table(name = "audited_lead")
public class AuditedLead {

    @Id
    @Column(name = "lead_id")
    public String leadId;

    public String reference;

    @Column(name = "owner_id")
    public String ownerId;

    @Column(name = "owner_name")
    public String ownerName;

    public boolean deleted;

    public boolean endorsed;

    @Column(name = "bpo_lead_id")
    public Long bpoLeadId;

    @Column(name = "bpo_reference")
    public String bpoReference;

    /** {@code won}, {@code lost}, or null while the lead is open. */
    public String outcome;

    @Column(name = "stage_from")
    public String stageFrom;

    @Column(name = "date_won")
    public Instant dateWon;

    @Column(name = "date_lost")
    public Instant dateLost;

    @Column(name = "lost_reason")
    public String lostReason;

    @Column(name = "lost_notes")
    public String lostNotes;

    @Column(name = "sale_order_name")
    public String saleOrderName;

    /** {@code SUCCEEDED} or {@code FAILED} for the latest callback result, null before the first. */
    @Column(name = "callback_status")
    public String callbackStatus;

    @Column(name = "callback_outcome")
    public String callbackOutcome;

    @Column(name = "callback_error")
    public String callbackError;

    @Column(name = "callback_attempts")
    public Integer callbackAttempts;

    @Column(name = "callback_at")
    public Instant callbackAt;
}
