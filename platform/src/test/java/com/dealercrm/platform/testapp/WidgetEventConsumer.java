package com.dealercrm.platform.testapp;

import com.dealercrm.events.EventEnvelope;
import com.dealercrm.events.LeadEvents;
import com.dealercrm.platform.inbox.EventInbox;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Records one widget_effect row per handled lead event, through the idempotent inbox. */
@ApplicationScoped
public class WidgetEventConsumer {

    static final Set<String> KNOWN_TYPES = Set.of(LeadEvents.ARCHIVED, LeadEvents.UNARCHIVED);

    private final EventInbox inbox;

    public WidgetEventConsumer(EventInbox inbox) {
        this.inbox = inbox;
    }

    @Incoming("lead-events")
    public Uni<Void> onLeadEvent(String payload) {
        return inbox.consume("platform-test", payload, KNOWN_TYPES, Map.of(LeadEvents.ARCHIVED, this::recordEffect));
    }

    private Uni<Void> recordEffect(EventEnvelope envelope) {
        return Panache.getSession()
                .flatMap(session -> session.createNativeQuery("INSERT INTO widget_effect (event_id, name) VALUES (:eventId, :name)")
                        .setParameter("eventId", envelope.eventId())
                        .setParameter("name", envelope.aggregateref())
                        .executeUpdate())
                .replaceWithVoid();
    }
}
