package com.dealercrm.lead.repository;

import com.dealercrm.lead.CallLog;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Stores logged calls and searches them. */
@ApplicationScoped
public class CallLogRepository implements PanacheRepositoryBase<CallLog, UUID> {

    private static final Sort NEWEST_FIRST = Sort.descending("loggedAt").and("id", Sort.Direction.Descending);

    /** Filters of the Call Logs search; null fields do not filter. */
    public record CallCriteria(UUID leadId, String visibleTo, String userId, Instant from, Instant to) {
    }

    public Uni<List<CallLog>> search(CallCriteria criteria, int page, int size) {
        Query query = query(criteria);
        return find(query.text(), NEWEST_FIRST, query.parameters())
                .page(Page.of(page, size))
                .list();
    }

    public Uni<Long> count(CallCriteria criteria) {
        Query query = query(criteria);
        return count(query.text(), query.parameters());
    }

    private static Query query(CallCriteria criteria) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (criteria.leadId() != null) {
            conditions.add("leadId = :leadId");
            parameters.and("leadId", criteria.leadId());
        }
        if (criteria.visibleTo() != null) {
            conditions.add("leadId in (select l.id from Lead l where l.ownerId = :visibleTo or l.ownerId is null)");
            parameters.and("visibleTo", criteria.visibleTo());
        }
        if (criteria.userId() != null) {
            conditions.add("userId = :userId");
            parameters.and("userId", criteria.userId());
        }
        if (criteria.from() != null) {
            conditions.add("loggedAt >= :from");
            parameters.and("from", criteria.from());
        }
        if (criteria.to() != null) {
            conditions.add("loggedAt < :to");
            parameters.and("to", criteria.to());
        }
        String text = conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
        return new Query(text, parameters);
    }

    private record Query(String text, Parameters parameters) {
    }
}
