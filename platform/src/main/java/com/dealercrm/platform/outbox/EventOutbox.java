package com.dealercrm.platform.outbox;

import com.dealercrm.events.Actor;
import com.dealercrm.events.Aggregate;
import com.dealercrm.events.EventEnvelope;
import com.dealercrm.events.EventJson;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Records events in the transactional outbox. Callers run inside the transaction of the state
 * change, so the event commits or rolls back with it.
 */
@ApplicationScoped
public class EventOutbox {

    private final String source;
    private final Clock clock;

    public EventOutbox(@ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this.source = "/" + applicationName;
        this.clock = Clock.systemUTC();
    }

    /** Writes an event about the aggregate to the outbox, keyed by {@code key}, and returns it. */
    public Uni<EventEnvelope> record(
            String topic, String key, String type, Aggregate aggregate, String leadId, Actor actor, Object data) {
        EventEnvelope envelope = EventEnvelope.of(source, type, aggregate, leadId, actor, now(), EventJson.toTree(data));
        return append(topic, key, envelope);
    }

    /** Writes a prepared event to the outbox. */
    public Uni<EventEnvelope> append(String topic, String key, EventEnvelope envelope) {
        OutboxMessage message = new OutboxMessage();
        message.eventId = envelope.eventId();
        message.topic = topic;
        message.messageKey = key;
        message.eventType = envelope.type();
        message.payload = EventJson.write(envelope);
        message.createdAt = envelope.time();
        Log.debugf("Recording %s %s for %s %s", envelope.type(), envelope.id(), envelope.aggregatetype(), envelope.aggregateid());
        return message.persist().replaceWith(envelope);
    }

    /** Returns the current time truncated to microseconds, the precision PostgreSQL stores. */
    public Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
