package com.dealercrm.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Events of lead-service on {@link Topics#LEAD_EVENTS}, keyed by lead id. */
public final class LeadEvents {

    public static final String CREATED = "dealer.lead.created";
    public static final String ENDORSED = "dealer.lead.endorsed";
    public static final String STAGE_CHANGED = "dealer.lead.stage-changed";
    public static final String ASSIGNED = "dealer.lead.assigned";
    public static final String UPDATED = "dealer.lead.updated";
    public static final String CALL_LOGGED = "dealer.lead.call-logged";
    public static final String QUOTATION_LINKED = "dealer.lead.quotation-linked";
    public static final String WON = "dealer.lead.won";
    public static final String LOST = "dealer.lead.lost";
    public static final String ARCHIVED = "dealer.lead.archived";
    public static final String UNARCHIVED = "dealer.lead.unarchived";
    public static final String DELETED = "dealer.lead.deleted";
    public static final String BPO_SYNC_CHANGED = "dealer.lead.bpo-sync-changed";

    private LeadEvents() {
    }

    public record Customer(String partnerId, String name, String mobile, String email) {
    }

    /** A lead as it is when created or endorsed. */
    public record LeadSnapshot(
            String reference,
            String stage,
            String ownerId,
            String ownerName,
            Customer customer,
            String brandId,
            String productId,
            String vehicleModelText,
            int quantity,
            BigDecimal expectedPrice,
            String notes) {
    }

    public record LeadCreated(LeadSnapshot lead) {
    }

    public record LeadEndorsed(
            LeadSnapshot lead, long bpoLeadId, String bpoReference, String bpoUrl, String endorsedBy) {
    }

    public record StageChanged(String from, String to) {
    }

    /** A change of owner; {@code claimed} is true when the new owner took an unassigned lead. */
    public record LeadAssigned(
            String fromUserId, String fromUserName, String toUserId, String toUserName, boolean claimed) {
    }

    public record LeadUpdated(List<FieldChange> changes) {
    }

    public record CallLogged(String callId, int durationSeconds, String result, String summary) {
    }

    public record QuotationLinked(String saleOrderId, String saleOrderName, List<FieldChange> changes) {
    }

    public record LeadWon(
            String stageFrom,
            Instant dateWon,
            String saleOrderId,
            String saleOrderName,
            Long bpoSourceLeadId,
            String bpoSourceReference) {
    }

    public record LeadLost(
            String stageFrom,
            Instant dateLost,
            String reason,
            String notes,
            String saleOrderId,
            String saleOrderName,
            Long bpoSourceLeadId,
            String bpoSourceReference) {
    }

    public record ActiveChanged(boolean active) {
    }

    public record LeadDeleted(String reference) {
    }

    public record BpoSyncChanged(String from, String to, String error) {
    }
}
