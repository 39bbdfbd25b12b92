package com.dealercrm.audit.mapping;

import com.dealercrm.audit.AuditedLead;
import java.time.Instant;

/** A lead marked lost, with the reason and notes captured by the Mark Lost wizard. */
public record LostLead(
        String leadId,
        String reference,
        Instant dateLost,
        String stageFrom,
        String reason,
        String reasonLabel,
        String notes,
        String ownerName,
        boolean endorsed) {

    public static LostLead of(AuditedLead lead) {
        return new LostLead(lead.leadId, lead.reference, lead.dateLost, lead.stageFrom, lead.lostReason,
                Labels.lostReason(lead.lostReason), lead.lostNotes, lead.ownerName, lead.endorsed);
    }
}
