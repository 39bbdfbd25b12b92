package com.dealercrm.lead.service;

import com.dealercrm.lead.Lead;
import com.dealercrm.lead.LeadAction;
import com.dealercrm.lead.LeadStage;
import com.dealercrm.platform.error.ApiException;
import com.dealercrm.platform.security.CallerIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The access rules for one lead. Managers and admins see and work every lead. A dealer user sees
 * the leads they own and unassigned ones, and works only the leads they own: an unassigned lead
 * must be claimed first. Leads a caller may not see are reported as not found.
 */
@ApplicationScoped
public class LeadAccess {

    private final CallerIdentity caller;

    public LeadAccess(CallerIdentity caller) {
        this.caller = caller;
    }

    public boolean canSee(Lead lead) {
        return caller.isManagerOrAdmin() || lead.ownerId == null || lead.isOwnedBy(caller.id());
    }

    public boolean canWork(Lead lead) {
        return caller.isManagerOrAdmin() || lead.isOwnedBy(caller.id());
    }

    /** Returns the lead when the caller may see it; raises a 404 when it is missing or hidden. */
    public Lead requireVisible(Lead lead, UUID id) {
        if (lead == null || !canSee(lead)) {
            throw notFound(id);
        }
        return lead;
    }

    /** Returns the lead when the caller may work it; raises a 404 when hidden, and a 409 when it must be claimed first. */
    public Lead requireWorkable(Lead lead, UUID id) {
        requireVisible(lead, id);
        if (!canWork(lead)) {
            throw ApiException.conflict("Lead " + lead.reference + " is unassigned; claim it before working on it.");
        }
        return lead;
    }

    /**
     * Returns the header buttons the caller may use on the lead now. {@code markWonReady} is
     * whether the Mark Won gate would pass, as {@link MarkWonReadiness} finds it.
     */
    public List<LeadAction> actions(Lead lead, boolean markWonReady) {
        List<LeadAction> actions = new ArrayList<>();
        if (!canWork(lead)) {
            return actions;
        }
        boolean open = !lead.stage.isClosed();
        if (open) {
            actions.add(LeadAction.LOG_CALL);
        }
        if (open && lead.saleOrderId == null) {
            actions.add(LeadAction.CONVERT_TO_QUOTATION);
        }
        if (lead.saleOrderId != null) {
            actions.add(LeadAction.OPEN_QUOTATION);
        }
        if (lead.stage == LeadStage.NEGOTIATION && lead.saleOrderId != null && markWonReady) {
            actions.add(LeadAction.MARK_WON);
        }
        if (open) {
            actions.add(LeadAction.MARK_LOST);
        }
        return actions;
    }

    public static ApiException notFound(UUID id) {
        return ApiException.notFound("Lead " + id + " was not found; check the id, or ask a manager whether it was reassigned.");
    }
}
