package com.dealercrm.audit.repository;

import com.dealercrm.audit.AuditedLead;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The lead read model. Lead events and callback results arrive on different topics in any
 * order, so every write is an upsert of the columns its event contains. A callback result only
 * replaces an older one.
 */
@ApplicationScoped
public class AuditedLeadRepository implements PanacheRepositoryBase<AuditedLead, String> {

    private static final String UPSERT_LEAD = """
            INSERT INTO audited_lead (lead_id, reference, owner_id, owner_name, endorsed, bpo_lead_id, bpo_reference)
            VALUES (:leadId, CAST(:reference AS text), CAST(:ownerId AS text), CAST(:ownerName AS text),
                    :endorsed, CAST(:bpoLeadId AS bigint), CAST(:bpoReference AS text))
            ON CONFLICT (lead_id) DO UPDATE
               SET reference = COALESCE(EXCLUDED.reference, audited_lead.reference),
                   owner_id = EXCLUDED.owner_id,
                   owner_name = EXCLUDED.owner_name,
                   endorsed = audited_lead.endorsed OR EXCLUDED.endorsed,
                   bpo_lead_id = COALESCE(EXCLUDED.bpo_lead_id, audited_lead.bpo_lead_id),
                   bpo_reference = COALESCE(EXCLUDED.bpo_reference, audited_lead.bpo_reference)
            """;

    private static final String UPSERT_OWNER = """
            INSERT INTO audited_lead (lead_id, owner_id, owner_name)
            VALUES (:leadId, CAST(:ownerId AS text), CAST(:ownerName AS text))
            ON CONFLICT (lead_id) DO UPDATE
               SET owner_id = EXCLUDED.owner_id, owner_name = EXCLUDED.owner_name
            """;

    private static final String UPSERT_DELETED = """
            INSERT INTO audited_lead (lead_id, reference, deleted)
            VALUES (:leadId, CAST(:reference AS text), true)
            ON CONFLICT (lead_id) DO UPDATE
               SET deleted = true, reference = COALESCE(EXCLUDED.reference, audited_lead.reference)
            """;

    private static final String UPSERT_OUTCOME = """
            INSERT INTO audited_lead (lead_id, reference, endorsed, bpo_lead_id, bpo_reference, outcome, stage_from,
                                      date_won, date_lost, lost_reason, lost_notes, sale_order_name)
            VALUES (:leadId, CAST(:reference AS text), :endorsed, CAST(:bpoLeadId AS bigint), CAST(:bpoReference AS text),
                    :outcome, CAST(:stageFrom AS text), CAST(:dateWon AS timestamptz), CAST(:dateLost AS timestamptz),
                    CAST(:lostReason AS text), CAST(:lostNotes AS text), CAST(:saleOrderName AS text))
            ON CONFLICT (lead_id) DO UPDATE
               SET reference = COALESCE(EXCLUDED.reference, audited_lead.reference),
                   endorsed = audited_lead.endorsed OR EXCLUDED.endorsed,
                   bpo_lead_id = COALESCE(EXCLUDED.bpo_lead_id, audited_lead.bpo_lead_id),
                   bpo_reference = COALESCE(EXCLUDED.bpo_reference, audited_lead.bpo_reference),
                   outcome = EXCLUDED.outcome,
                   stage_from = EXCLUDED.stage_from,
                   date_won = EXCLUDED.date_won,
                   date_lost = EXCLUDED.date_lost,
                   lost_reason = EXCLUDED.lost_reason,
                   lost_notes = EXCLUDED.lost_notes,
                   sale_order_name = COALESCE(EXCLUDED.sale_order_name, audited_lead.sale_order_name)
            """;

    private static final String UPSERT_CALLBACK = """
            INSERT INTO audited_lead (lead_id, reference, endorsed, bpo_lead_id, bpo_reference,
                                      callback_status, callback_outcome, callback_error, callback_attempts, callback_at)
            VALUES (:leadId, CAST(:reference AS text), true, CAST(:bpoLeadId AS bigint), CAST(:bpoReference AS text),
                    :status, CAST(:outcome AS text), CAST(:error AS text), :attempts, CAST(:at AS timestamptz))
            ON CONFLICT (lead_id) DO UPDATE
               SET reference = COALESCE(audited_lead.reference, EXCLUDED.reference),
                   endorsed = true,
                   bpo_lead_id = COALESCE(audited_lead.bpo_lead_id, EXCLUDED.bpo_lead_id),
                   bpo_reference = COALESCE(audited_lead.bpo_reference, EXCLUDED.bpo_reference),
                   callback_status = EXCLUDED.callback_status,
                   callback_outcome = EXCLUDED.callback_outcome,
                   callback_error = EXCLUDED.callback_error,
                   callback_attempts = EXCLUDED.callback_attempts,
                   callback_at = EXCLUDED.callback_at
             WHERE audited_lead.callback_at IS NULL OR audited_lead.callback_at <= EXCLUDED.callback_at
            """;

    private static final String NOT_SYNCED = "endorsed = true and outcome is not null "
            + "and (callbackStatus is null or callbackStatus <> 'SUCCEEDED' or callbackOutcome is null or callbackOutcome <> outcome)";

    /** Records a lead as created or endorsed: its reference, owner and BPO source. */
    public Uni<Void> upsertLead(
            String leadId, String reference, String ownerId, String ownerName, boolean endorsed, Long bpoLeadId, String bpoReference) {
        return execute(UPSERT_LEAD, Map.of("leadId", leadId, "endorsed", endorsed), Parameters
                .with("reference", reference)
                .and("ownerId", ownerId)
                .and("ownerName", ownerName)
                .and("bpoLeadId", bpoLeadId)
                .and("bpoReference", bpoReference));
    }

    public Uni<Void> upsertOwner(String leadId, String ownerId, String ownerName) {
        return execute(UPSERT_OWNER, Map.of("leadId", leadId), Parameters
                .with("ownerId", ownerId)
                .and("ownerName", ownerName));
    }

    public Uni<Void> markDeleted(String leadId, String reference) {
        return execute(UPSERT_DELETED, Map.of("leadId", leadId), Parameters.with("reference", reference));
    }

    /** Records Mark Won or Mark Lost; a lead endorsed from BPO carries its BPO source lead id. */
    public Uni<Void> upsertOutcome(String leadId, Outcome outcome) {
        return execute(UPSERT_OUTCOME, Map.of("leadId", leadId, "endorsed", outcome.bpoLeadId() != null, "outcome", outcome.outcome()), Parameters
                .with("reference", outcome.reference())
                .and("bpoLeadId", outcome.bpoLeadId())
                .and("bpoReference", outcome.bpoReference())
                .and("stageFrom", outcome.stageFrom())
                .and("dateWon", outcome.dateWon())
                .and("dateLost", outcome.dateLost())
                .and("lostReason", outcome.lostReason())
                .and("lostNotes", outcome.lostNotes())
                .and("saleOrderName", outcome.saleOrderName()));
    }

    /** Records a callback result unless a newer one is already stored. */
    public Uni<Void> upsertCallback(String leadId, CallbackResult result) {
        return execute(UPSERT_CALLBACK, Map.of("leadId", leadId, "status", result.status(), "attempts", result.attempts()), Parameters
                .with("reference", result.leadReference())
                .and("bpoLeadId", result.bpoLeadId())
                .and("bpoReference", result.bpoReference())
                .and("outcome", result.outcome())
                .and("error", result.error())
                .and("at", result.at()));
    }

    /** Returns {@code [lostReason, count]} rows for the leads lost in the range, most frequent first. */
    public Uni<List<Object[]>> countLostReasons(Instant from, Instant to) {
        Condition lost = lostBetween(from, to);
        String query = "select lostReason, count(*) from AuditedLead where " + lost.query()
                + " group by lostReason order by count(*) desc, lostReason";
        return getSession()
                .flatMap(session -> {
                    var selection = session.createSelectionQuery(query, Object[].class);
                    lost.parameters().map().forEach(selection::setParameter);
                    return selection.getResultList();
                });
    }

    /** Returns one page of the leads lost in the range, by date lost; a size of 0 returns them all. */
    public Uni<List<AuditedLead>> listLost(Instant from, Instant to, int page, int size) {
        Condition lost = lostBetween(from, to);
        var query = find(lost.query(), Sort.by("dateLost").and("leadId"), lost.parameters());
        return size == 0 ? query.list() : query.page(Page.of(page, size)).list();
    }

    public Uni<Long> countLost(Instant from, Instant to) {
        Condition lost = lostBetween(from, to);
        return count(lost.query(), lost.parameters());
    }

    /**
     * Returns one page of the endorsed, won or lost leads whose latest callback did not succeed
     * for their outcome, ordered by outcome date. A size of 0 returns them all.
     */
    public Uni<List<AuditedLead>> listNotSynced(int page, int size) {
        var query = find(NOT_SYNCED, Sort.by("dateWon").and("dateLost").and("leadId"));
        return size == 0 ? query.list() : query.page(Page.of(page, size)).list();
    }

    public Uni<Long> countNotSynced() {
        return count(NOT_SYNCED);
    }

    private static Condition lostBetween(Instant from, Instant to) {
        List<String> conditions = new ArrayList<>(List.of("outcome = 'lost'"));
        Parameters parameters = new Parameters();
        if (from != null) {
            conditions.add("dateLost >= :from");
            parameters.and("from", from);
        }
        if (to != null) {
            conditions.add("dateLost < :to");
            parameters.and("to", to);
        }
        return new Condition(String.join(" and ", conditions), parameters);
    }

    private Uni<Void> execute(String sql, Map<String, Object> required, Parameters nullable) {
        return getSession()
                .flatMap(session -> {
                    var query = session.createNativeQuery(sql);
                    required.forEach(query::setParameter);
                    nullable.map().forEach(query::setParameter);
                    return query.executeUpdate();
                })
                .replaceWithVoid();
    }

    private record Condition(String query, Parameters parameters) {
    }

    /** The data of a LeadWon or LeadLost event that the reports need. */
    public record Outcome(
            String outcome,
            String reference,
            String stageFrom,
            Instant dateWon,
            Instant dateLost,
            String lostReason,
            String lostNotes,
            String saleOrderName,
            Long bpoLeadId,
            String bpoReference) {
    }

    /** The data of a callback result event that the BPO sync report needs. */
    public record CallbackResult(
            String status,
            String outcome,
            String error,
            int attempts,
            Instant at,
            String leadReference,
            Long bpoLeadId,
            String bpoReference) {
    }
}
