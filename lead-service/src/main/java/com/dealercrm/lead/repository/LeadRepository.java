package com.dealercrm.lead.repository;

import com.dealercrm.lead.Lead;
import com.dealercrm.lead.LeadStage;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.UUID;

/** Loads and stores leads, and hands out lead references. */
@ApplicationScoped
public class LeadRepository implements PanacheRepositoryBase<Lead, UUID> {

    private static final String NEXT_REFERENCE = "SELECT nextval('lead_reference_seq')";

    // Serializes intakes of one BPO source lead until the transaction ends.
    private static final String LOCK_BPO_LEAD =
            "SELECT 1 FROM pg_advisory_xact_lock(hashtextextended(:lockName, 0))";

    private static final Sort NEWEST_FIRST = Sort.descending("createdAt").and("id", Sort.Direction.Descending);

    /** Loads a lead and locks its row until the transaction ends, so concurrent changes run one after the other. */
    public Uni<Lead> findForUpdate(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public Uni<Lead> findByBpoSourceLeadId(long bpoLeadId) {
        return find("bpoSourceLeadId", bpoLeadId).firstResult();
    }

    /** Takes a transaction-scoped lock on one BPO source lead id, so that one intake of it runs at a time. */
    public Uni<Void> lockBpoSourceLead(long bpoLeadId) {
        return Panache.getSession()
                .flatMap(session -> session.createNativeQuery(LOCK_BPO_LEAD)
                        .setParameter("lockName", "endorsement:" + bpoLeadId)
                        .getSingleResult())
                .replaceWithVoid();
    }

    /** Returns the next reference: DLEAD/00001, DLEAD/00002 and so on, with more digits after 99999. */
    public Uni<String> nextReference() {
        return Panache.getSession()
                .flatMap(session -> session.createNativeQuery(NEXT_REFERENCE, Long.class).getSingleResult())
                .map(number -> String.format("DLEAD/%05d", number));
    }

    public Uni<List<Lead>> search(LeadCriteria criteria, int page, int size) {
        return find(criteria.query(), NEWEST_FIRST, criteria.parameters())
                .page(Page.of(page, size))
                .list();
    }

    public Uni<Long> count(LeadCriteria criteria) {
        return count(criteria.query(), criteria.parameters());
    }

    /** Returns the first {@code limit} active leads of an owner in one stage, most recently changed first. */
    public Uni<List<Lead>> pipelineColumn(String ownerId, LeadStage stage, int limit) {
        return find("ownerId = ?1 and active = true and stage = ?2",
                        Sort.descending("updatedAt").and("id", Sort.Direction.Descending), ownerId, stage)
                .page(Page.ofSize(limit))
                .list();
    }

    public Uni<Long> countPipelineColumn(String ownerId, LeadStage stage) {
        return count("ownerId = ?1 and active = true and stage = ?2", ownerId, stage);
    }
}
