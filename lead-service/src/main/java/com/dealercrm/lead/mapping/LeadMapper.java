package com.dealercrm.lead.mapping;

import com.dealercrm.events.LeadEvents;
import com.dealercrm.lead.CallLog;
import com.dealercrm.lead.Lead;
import com.dealercrm.lead.LeadAction;
import java.util.List;

/** Maps leads and calls to their API and event shapes. */
public final class LeadMapper {

    private LeadMapper() {
    }

    public static LeadView toView(Lead lead, List<LeadAction> actions) {
        return new LeadView(
                lead.id,
                lead.reference,
                lead.stage,
                lead.active,
                lead.ownerId,
                lead.ownerName,
                new CustomerView(lead.partnerId, lead.customerName, lead.customerMobile, lead.customerEmail),
                lead.brandId,
                lead.productId,
                lead.vehicleModelText,
                lead.quantity,
                lead.expectedPrice,
                lead.budget,
                lead.tradeIn,
                lead.financing,
                lead.notes,
                lead.saleOrderId,
                lead.saleOrderName,
                lead.isEndorsed(),
                lead.bpoSourceLeadId,
                lead.bpoSourceReference,
                lead.bpoSourceUrl,
                lead.bpoEndorsedBy,
                lead.bpoSyncStatus,
                lead.dateWon,
                lead.dateLost,
                lead.lostReason,
                lead.lostNotes,
                lead.createdAt,
                lead.updatedAt,
                lead.version,
                List.copyOf(actions));
    }

    public static CallLogView toView(CallLog call) {
        return new CallLogView(call.id, call.leadId, call.leadReference, call.userId, call.userName,
                call.durationSeconds, call.result, call.summary, call.loggedAt);
    }

    public static LeadEvents.LeadSnapshot toSnapshot(Lead lead) {
        LeadEvents.Customer customer = new LeadEvents.Customer(
                text(lead.partnerId), lead.customerName, lead.customerMobile, lead.customerEmail);
        return new LeadEvents.LeadSnapshot(
                lead.reference,
                lead.stage.name(),
                lead.ownerId,
                lead.ownerName,
                customer,
                text(lead.brandId),
                text(lead.productId),
                lead.vehicleModelText,
                lead.quantity,
                lead.expectedPrice,
                lead.notes);
    }

    /** Renders a value for the old and new text of a tracked field change; null stays null. */
    public static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof java.math.BigDecimal amount) {
            return amount.toPlainString();
        }
        return value.toString();
    }
}
