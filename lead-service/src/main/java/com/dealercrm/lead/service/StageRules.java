package com.dealercrm.lead.service;

import com.dealercrm.lead.Lead;
import com.dealercrm.lead.LeadStage;
import com.dealercrm.platform.error.ApiException;

/**
 * The pipeline rules. A lead moves forward one stage at a time from New to Qualified to
 * Negotiation. It reaches Won only through Mark Won and Lost only through Mark Lost, and a closed
 * lead (Won or Lost) does not move again.
 */
final class StageRules {

    private StageRules() {
    }

    /** Raises a 409 naming the broken rule unless the lead may move to the target stage now. */
    static void checkStep(Lead lead, LeadStage target) {
        LeadStage current = lead.stage;
        if (current.isClosed()) {
            throw closed(lead, "change stage");
        }
        if (target == LeadStage.WON) {
            throw ApiException.conflict("A lead reaches Won only through Mark Won, which checks the sale order and its deliveries; "
                    + "use POST /api/leads/" + lead.id + "/mark-won.");
        }
        if (target == LeadStage.LOST) {
            throw ApiException.conflict("A lead reaches Lost only through Mark Lost, which records the reason; "
                    + "use POST /api/leads/" + lead.id + "/mark-lost.");
        }
        if (target == current) {
            throw ApiException.conflict("Lead " + lead.reference + " is already in " + current.label() + ".");
        }
        if (target.ordinal() < current.ordinal()) {
            throw ApiException.conflict("Stages only move forward: lead " + lead.reference + " cannot go back from "
                    + current.label() + " to " + target.label() + ".");
        }
        LeadStage next = current.nextOpenStage();
        if (target != next) {
            throw ApiException.conflict(next.label() + " cannot be skipped: move lead " + lead.reference + " from "
                    + current.label() + " to " + next.label() + " first, one stage at a time.");
        }
    }

    /** Raises a 409 when the lead is Won or Lost; {@code action} names what was tried, such as "be claimed". */
    static void checkOpen(Lead lead, String action) {
        if (lead.stage.isClosed()) {
            throw closed(lead, action);
        }
    }

    private static ApiException closed(Lead lead, String action) {
        return ApiException.conflict("Lead " + lead.reference + " is " + lead.stage.label()
                + ", and a closed lead cannot " + action + ".");
    }
}
