package com.dealercrm.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/**
 * One chatter message: an attributed, human-readable record of one event, linked into the
 * append-only hash chain by {@code previousHash} and {@code hash}.
 */
@Entity
@Immutable
@Table(name = "audit_message")
public class AuditMessage {

    @Id
    @Column(name = "sequence_number")
    public long sequenceNumber;

    @Column(nullable = false)
    public UUID id;

    @Column(name = "event_id", nullable = false)
    public UUID eventId;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "actor_id", nullable = false)
    public String actorId;

    @Column(name = "actor_name", nullable = false)
    public String actorName;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    @Column(nullable = false)
    public String body;

    /** The tracked field changes as a JSON array of {@code {field, old, new}}, exactly as hashed. */
    @Column(nullable = false)
    public String changes;

    @Column(name = "aggregate_type", nullable = false)
    public String aggregateType;

    @Column(name = "aggregate_id", nullable = false)
    public String aggregateId;

    @Column(name = "aggregate_reference")
    public String aggregateReference;

    @Column(name = "lead_id")
    public String leadId;

    @Column(name = "sale_order_id")
    public String saleOrderId;

    @Column(name = "previous_hash", nullable = false)
    public String previousHash;

    @Column(nullable = false)
    public String hash;
}
