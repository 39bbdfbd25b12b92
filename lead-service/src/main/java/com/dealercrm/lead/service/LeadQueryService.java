package com.dealercrm.lead.service;

import com.dealercrm.lead.Lead;
import com.dealercrm.lead.LeadStage;
import com.dealercrm.lead.repository.LeadCriteria;
import com.dealercrm.lead.repository.LeadRepository;
import com.dealercrm.platform.security.CallerIdentity;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Reads leads the caller may see: one lead, All Leads, and My Pipeline. */
@ApplicationScoped
public class LeadQueryService {

    private final LeadRepository leads;
    private final LeadAccess access;
    private final PhoneNumbers phoneNumbers;
    private final CallerIdentity caller;

    public LeadQueryService(LeadRepository leads, LeadAccess access, PhoneNumbers phoneNumbers, CallerIdentity caller) {
        this.leads = leads;
        this.access = access;
        this.phoneNumbers = phoneNumbers;
        this.caller = caller;
    }

    /** A kanban column of My Pipeline: every lead of the stage counted, at most the requested number listed. */
    public record Column(LeadStage stage, long count, List<Lead> leads) {
    }

    @WithSession
    public Uni<Lead> get(UUID id) {
        Log.debugf("Reading lead %s for %s", id, caller.id());
        return leads.findById(id)
                .map(lead -> access.requireVisible(lead, id));
    }

    /** Returns one page of All Leads, newest first; dealer users get only their own and unassigned leads. */
    @WithSession
    public Uni<PageResult<Lead>> search(LeadSearch search, int page, int size) {
        LeadCriteria criteria = criteria(search);
        Log.debugf("Searching leads for %s: %s", caller.id(), search);
        return leads.count(criteria)
                .chain(total -> leads.search(criteria, page, size)
                        .map(items -> new PageResult<>(items, total)));
    }

    /** Returns My Pipeline: the caller's active leads in one column per stage, most recently changed first. */
    @WithSession
    public Uni<List<Column>> pipeline(int perColumn) {
        String ownerId = caller.id();
        Log.debugf("Reading the pipeline of %s", ownerId);
        return Multi.createFrom().items(LeadStage.values())
                .onItem().transformToUniAndConcatenate(stage -> column(ownerId, stage, perColumn))
                .collect().asList();
    }

    private Uni<Column> column(String ownerId, LeadStage stage, int perColumn) {
        return leads.countPipelineColumn(ownerId, stage)
                .chain(count -> leads.pipelineColumn(ownerId, stage, perColumn)
                        .map(items -> new Column(stage, count, items)));
    }

    private LeadCriteria criteria(LeadSearch search) {
        LeadCriteria criteria = new LeadCriteria().active(search.active());
        if (!caller.isManagerOrAdmin()) {
            criteria.visibleTo(caller.id());
        }
        if (LeadSearch.OWNER_ME.equals(search.owner())) {
            criteria.ownedBy(caller.id());
        } else if (LeadSearch.OWNER_UNASSIGNED.equals(search.owner())) {
            criteria.unassigned();
        } else if (search.owner() != null) {
            criteria.ownedBy(search.owner());
        }
        if (search.stage() != null) {
            criteria.stage(search.stage());
        }
        if (search.endorsed() != null) {
            criteria.endorsed(search.endorsed());
        }
        if (search.lostFrom() != null) {
            criteria.lostFrom(search.lostFrom());
        }
        if (search.lostTo() != null) {
            criteria.lostTo(search.lostTo());
        }
        if (search.text() != null) {
            criteria.matching(search.text(), phoneNumbers.toE164OrNull(search.text()));
        }
        return criteria;
    }
}
