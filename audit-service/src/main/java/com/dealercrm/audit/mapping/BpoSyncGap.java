package com.dealercrm.audit.mapping;

import com.dealercrm.audit.AuditedLead;
import java.time.Instant;

/**
 * An endorsed lead that is won or lost but whose BPO CRM source lead has not been updated: its
 * latest callback failed, succeeded for another outcome, or has not reported a result yet.
 *
 * @param callbackStatus {@code FAILED}, {@code SUCCEEDED} (for another outcome) or {@code PENDING}
 *        when no callback result has been recorded
 */
public record BpoSyncGap(
        String leadId,
        String reference,
        String outcome,
        Instant outcomeDate,
        Long bpoSourceLeadId,
        String bpoSourceReference,
        String callbackStatus,
        String callbackOutcome,
        Integer attempts,
        String lastError,
        Instant lastAttemptAt) {

    public static BpoSyncGap of(AuditedLead lead) {
        return new BpoSyncGap(
                lead.leadId,
                lead.reference,
                lead.outcome,
                "won".equals(lead.outcome) ? lead.dateWon : lead.dateLost,
                lead.bpoLeadId,
                lead.bpoReference,
                lead.callbackStatus != null ? lead.callbackStatus : "PENDING",
                lead.callbackOutcome,
                lead.callbackAttempts,
                lead.callbackError,
                lead.callbackAt);
    }
}
