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

/** A call logged on a lead: its duration, result and summary, and who logged it. */
@Entity
@Table(name = "call_log")
public class CallLog extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "lead_id", nullable = false, updatable = false)
    public UUID leadId;

    /** The lead's reference, copied because references never change. */
    @Column(name = "lead_reference", nullable = false, updatable = false)
    public String leadReference;

    @Column(name = "user_id", nullable = false, updatable = false)
    public String userId;

    @Column(name = "user_name", nullable = false, updatable = false)
    public String userName;

    @Column(name = "duration_seconds", nullable = false, updatable = false)
    public int durationSeconds;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public CallResult result;

    @Column(updatable = false)
    public String summary;

    @Column(name = "logged_at", nullable = false, updatable = false)
    public Instant loggedAt;
}
