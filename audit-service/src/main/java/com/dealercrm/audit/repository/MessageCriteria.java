package com.dealercrm.audit.repository;

import io.quarkus.panache.common.Parameters;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Search criteria for chatter messages; every criterion is optional and null means "any".
 *
 * @param leadId messages of the lead, including those of its sale orders and their pickings
 * @param aggregateType {@code lead}, {@code sale-order}, {@code picking} or {@code bpo-callback}
 * @param type the event type, such as {@code dealer.lead.won}
 * @param actor an actor id, or an actor name compared without regard to case
 * @param reference the aggregate's reference, such as {@code DLEAD/00042} or {@code SO00003}
 * @param from earliest {@code occurredAt}, inclusive
 * @param to latest {@code occurredAt}, exclusive
 */
public record MessageCriteria(
        String leadId, String aggregateType, String type, String actor, String reference, Instant from, Instant to) {

    public static MessageCriteria ofLead(String leadId) {
        return new MessageCriteria(leadId, null, null, null, null, null, null);
    }

    /** Renders the criteria as an HQL condition on {@code AuditMessage} with named parameters. */
    public AuditMessageRepository.MessageFilter toFilter() {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (leadId != null) {
            conditions.add("(leadId = :leadId or saleOrderId in (select link.saleOrderId from SaleOrderLink link where link.leadId = :leadId))");
            parameters.and("leadId", leadId);
        }
        if (aggregateType != null) {
            conditions.add("aggregateType = :aggregateType");
            parameters.and("aggregateType", aggregateType);
        }
        if (type != null) {
            conditions.add("eventType = :type");
            parameters.and("type", type);
        }
        if (actor != null) {
            conditions.add("(actorId = :actor or lower(actorName) = lower(:actor))");
            parameters.and("actor", actor);
        }
        if (reference != null) {
            conditions.add("aggregateReference = :reference");
            parameters.and("reference", reference);
        }
        if (from != null) {
            conditions.add("occurredAt >= :from");
            parameters.and("from", from);
        }
        if (to != null) {
            conditions.add("occurredAt < :to");
            parameters.and("to", to);
        }
        String query = conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
        return new AuditMessageRepository.MessageFilter(query, parameters);
    }
}
