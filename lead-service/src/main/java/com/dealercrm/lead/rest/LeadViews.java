package com.dealercrm.lead.rest;

import com.dealercrm.lead.Lead;
import com.dealercrm.lead.mapping.LeadMapper;
import com.dealercrm.lead.mapping.LeadView;
import com.dealercrm.lead.service.LeadAccess;
import com.dealercrm.lead.service.MarkWonReadiness;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Builds lead responses with the header actions of the caller, asking the Mark Won read model once per response. */
@ApplicationScoped
class LeadViews {

    private final LeadAccess access;
    private final MarkWonReadiness readiness;

    LeadViews(LeadAccess access, MarkWonReadiness readiness) {
        this.access = access;
        this.readiness = readiness;
    }

    Uni<LeadView> of(Lead lead) {
        return readiness.findReadyLeadIds(List.of(lead))
                .map(ready -> view(lead, ready));
    }

    Uni<List<LeadView>> of(List<Lead> leads) {
        return readiness.findReadyLeadIds(leads)
                .map(ready -> leads.stream().map(lead -> view(lead, ready)).toList());
    }

    private LeadView view(Lead lead, Set<UUID> markWonReady) {
        return LeadMapper.toView(lead, access.actions(lead, markWonReady.contains(lead.id)));
    }
}
