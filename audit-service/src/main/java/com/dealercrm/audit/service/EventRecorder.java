package com.dealercrm.audit.service;

import com.dealercrm.audit.mapping.MessageComposer;
import com.dealercrm.audit.mapping.MessageDraft;
import com.dealercrm.audit.repository.SaleOrderLinkRepository;
import com.dealercrm.events.Aggregate;
import com.dealercrm.events.EventEnvelope;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Records one consumed event: updates the read models and appends its chatter message, all in
 * the consumer's transaction.
 */
@ApplicationScoped
public class EventRecorder {

    private final AuditLog auditLog;
    private final LeadProjection leadProjection;
    private final SaleOrderLinkRepository saleOrderLinks;

    public EventRecorder(AuditLog auditLog, LeadProjection leadProjection, SaleOrderLinkRepository saleOrderLinks) {
        this.auditLog = auditLog;
        this.leadProjection = leadProjection;
        this.saleOrderLinks = saleOrderLinks;
    }

    public Uni<Void> record(EventEnvelope event) {
        MessageDraft draft = MessageComposer.compose(event);
        return resolveLeadId(draft)
                .call(leadId -> linkSaleOrder(event, draft, leadId))
                .call(leadId -> leadProjection.apply(event, leadId))
                .flatMap(leadId -> auditLog.append(event, draft, leadId))
                .invoke(message -> Log.debugf("Recorded %s %s as message %d for lead %s",
                        event.type(), event.id(), message.sequenceNumber, message.leadId))
                .replaceWithVoid();
    }

    /** Returns the lead of the message: named by the event, else the lead its sale order belongs to. */
    private Uni<String> resolveLeadId(MessageDraft draft) {
        if (draft.leadId() != null || draft.saleOrderId() == null) {
            return Uni.createFrom().item(draft.leadId());
        }
        return saleOrderLinks.findLeadId(draft.saleOrderId());
    }

    private Uni<Void> linkSaleOrder(EventEnvelope event, MessageDraft draft, String leadId) {
        if (leadId == null || draft.saleOrderId() == null) {
            return Uni.createFrom().voidItem();
        }
        String name = Aggregate.SALE_ORDER.equals(event.aggregatetype()) ? event.aggregateref() : null;
        return saleOrderLinks.link(draft.saleOrderId(), name, leadId);
    }
}
