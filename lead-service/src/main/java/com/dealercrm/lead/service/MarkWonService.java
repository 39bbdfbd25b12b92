package com.dealercrm.lead.service;

import com.dealercrm.lead.Lead;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Mark Won: checks the lead, checks its sale order with the owners through {@link MarkWonGate},
 * then moves the lead to Won. No database transaction stays open during the calls to the owners,
 * so the final step locks the lead and checks its stage again.
 */
@ApplicationScoped
public class MarkWonService {

    private final LeadWorkflowService workflow;
    private final MarkWonGate gate;

    public MarkWonService(LeadWorkflowService workflow, MarkWonGate gate) {
        this.workflow = workflow;
        this.gate = gate;
    }

    public Uni<Lead> markWon(UUID id) {
        return workflow.findWinnable(id)
                .call(gate::check)
                .chain(lead -> workflow.win(id));
    }
}
