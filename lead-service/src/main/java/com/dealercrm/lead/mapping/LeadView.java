package com.dealercrm.lead.mapping;

import com.dealercrm.lead.BpoSyncStatus;
import com.dealercrm.lead.LeadAction;
import com.dealercrm.lead.LeadStage;
import com.dealercrm.lead.LostReason;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A lead as the API returns it, with the header actions the caller may use now. */
public record LeadView(
        UUID id,
        String reference,
        LeadStage stage,
        boolean active,
        String ownerId,
        String ownerName,
        CustomerView customer,
        UUID brandId,
        UUID productId,
        String vehicleModelText,
        int quantity,
        BigDecimal expectedPrice,
        BigDecimal budget,
        String tradeIn,
        String financing,
        String notes,
        UUID saleOrderId,
        String saleOrderName,
        boolean endorsed,
        Long bpoSourceLeadId,
        String bpoSourceReference,
        String bpoSourceUrl,
        String bpoEndorsedBy,
        BpoSyncStatus bpoSyncStatus,
        Instant dateWon,
        Instant dateLost,
        LostReason lostReason,
        String lostNotes,
        Instant createdAt,
        Instant updatedAt,
        long version,
        List<LeadAction> actions) {
}
