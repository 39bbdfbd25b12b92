package com.dealercrm.bpo.service;

import com.dealercrm.events.LeadEvents;
import com.dealercrm.platform.inbox.EventInbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Reads {@code dealer.lead.events} and queues a BPO callback for each won or lost endorsed lead. */
@ApplicationScoped
public class LeadEventConsumer {

    static final String CONSUMER = "bpo-connector";

    /** Every type of the lead topic's contract. The types without a handler are skipped. */
    static final Set<String> KNOWN_TYPES = Set.of(
            LeadEvents.CREATED,
            LeadEvents.ENDORSED,
            LeadEvents.STAGE_CHANGED,
            LeadEvents.ASSIGNED,
            LeadEvents.UPDATED,
            LeadEvents.CALL_LOGGED,
            LeadEvents.QUOTATION_LINKED,
            LeadEvents.WON,
            LeadEvents.LOST,
            LeadEvents.ARCHIVED,
            LeadEvents.UNARCHIVED,
            LeadEvents.DELETED,
            LeadEvents.BPO_SYNC_CHANGED);

    private final EventInbox inbox;
    private final Map<String, EventInbox.Handler> handlers;

    public LeadEventConsumer(EventInbox inbox, CallbackIntakeService intake) {
        this.inbox = inbox;
        this.handlers = Map.of(
                LeadEvents.WON, intake::onLeadWon,
                LeadEvents.LOST, intake::onLeadLost);
    }

    @Incoming("lead-events")
    public Uni<Void> onLeadEvent(String payload) {
        return inbox.consume(CONSUMER, payload, KNOWN_TYPES, handlers);
    }
}
