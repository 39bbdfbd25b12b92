package com.dealercrm.audit.service;

import com.dealercrm.audit.mapping.BpoSyncGap;
import com.dealercrm.audit.mapping.LostLead;
import com.dealercrm.audit.mapping.LostReasonCount;
import com.dealercrm.audit.mapping.PagedList;
import com.dealercrm.audit.repository.AuditedLeadRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/**
 * Computes the audit reports from the lead read model. Deleted and archived leads count as well:
 * the loss or the missed callback happened whatever became of the lead afterwards.
 */
@ApplicationScoped
public class ReportService {

    private final AuditedLeadRepository leads;

    public ReportService(AuditedLeadRepository leads) {
        this.leads = leads;
    }

    /** Counts the leads lost in {@code [from, to)} by lost reason; a null bound is open. */
    @WithSession
    public Uni<List<LostReasonCount>> lostReasons(Instant from, Instant to) {
        Log.debugf("Counting lost reasons from %s to %s", from, to);
        return leads.countLostReasons(from, to)
                .map(rows -> rows.stream().map(LostReasonCount::of).toList());
    }

    /** Lists the leads lost in {@code [from, to)} by date lost; a size of 0 lists them all. */
    @WithSession
    public Uni<PagedList<LostLead>> lostLeads(Instant from, Instant to, int page, int size) {
        return leads.countLost(from, to)
                .flatMap(total -> leads.listLost(from, to, page, size)
                        .map(list -> new PagedList<>(list.stream().map(LostLead::of).toList(), total, page, size)));
    }

    /** Lists the endorsed, won or lost leads whose latest BPO callback did not succeed; a size of 0 lists them all. */
    @WithSession
    public Uni<PagedList<BpoSyncGap>> bpoSyncGaps(int page, int size) {
        return leads.countNotSynced()
                .flatMap(total -> leads.listNotSynced(page, size)
                        .map(list -> new PagedList<>(list.stream().map(BpoSyncGap::of).toList(), total, page, size)));
    }
}
