package com.dealercrm.platform.inbox;

import com.dealercrm.events.EventEnvelope;
import com.dealercrm.events.EventJson;
import com.dealercrm.events.MalformedEventException;
import com.dealercrm.events.Topics;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.microprofile.reactive.messaging.Metadata;

/**
 * Consumes events idempotently. The processed-event row is inserted first, in the transaction of
 * the handler's side effect, so a redelivered event is skipped and a failed one leaves no trace.
 *
 * <p>A record that is not a readable event, or whose type the topic's contract does not know,
 * fails with {@link MalformedEventException}: the channel's dead-letter strategy then sends it
 * to {@code <topic>.dlq} with the reason and the consumer carries on. Other failures, such as a
 * database that is briefly away, are retried with backoff before the record is dead-lettered.
 *
 * <p>A service reads all the topics it consumes through one Kafka channel, so it runs one Kafka
 * consumer and one dead-letter producer however many topics it reads; see
 * {@link #consume(String, KafkaRecord, Map)}.
 */
@ApplicationScoped
public class EventInbox {

    private static final String INSERT_PROCESSED =
            "INSERT INTO processed_event (consumer, event_id, event_type) VALUES (:consumer, :eventId, :eventType) "
                    + "ON CONFLICT DO NOTHING";

    /** Handles one event inside the consumer's transaction. */
    @FunctionalInterface
    public interface Handler extends Function<EventEnvelope, Uni<Void>> {
    }

    /** A consumer's handling of one topic: the event types the topic's contract declares, and handlers for some of them. */
    public record TopicHandlers(Set<String> knownTypes, Map<String, Handler> handlers) {
    }

    /**
     * Consumes a record of a channel that reads several topics, with the handlers of the record's
     * topic. Then acknowledges it, or sends it to its own topic's dead-letter topic when it is
     * malformed or keeps failing. The channel's method must use manual acknowledgement.
     */
    public Uni<Void> consume(String consumer, KafkaRecord<String, String> record, Map<String, TopicHandlers> topics) {
        TopicHandlers topic = topics.get(record.getTopic());
        Uni<Void> processing;
        if (topic == null) {
            Log.warnf("%s received a record from topic %s, which it does not consume, sending it to the dead-letter topic",
                    consumer, record.getTopic());
            processing = Uni.createFrom().failure(new MalformedEventException(consumer + " does not consume topic " + record.getTopic()));
        } else {
            processing = consume(consumer, record.getPayload(), topic.knownTypes(), topic.handlers());
        }
        return processing.onItemOrFailure().transformToUni((ignored, failure) -> failure == null
                ? Uni.createFrom().completionStage(record.ack())
                : Uni.createFrom().completionStage(record.nack(failure, deadLetterTo(record.getTopic()))));
    }

    private static Metadata deadLetterTo(String topic) {
        return Metadata.of(OutgoingKafkaRecordMetadata.builder().withTopic(Topics.deadLetterTopic(topic)).build());
    }

    /**
     * Parses the record, skips a duplicate, and runs the handler for its type. Known types
     * without a handler are recorded as processed and ignored.
     */
    public Uni<Void> consume(String consumer, String payload, Set<String> knownTypes, Map<String, Handler> handlers) {
        EventEnvelope envelope;
        try {
            if (payload == null || payload.isBlank()) {
                throw new MalformedEventException("empty record");
            }
            envelope = EventJson.read(payload);
        } catch (MalformedEventException e) {
            Log.warnf("%s received a malformed record, sending it to the dead-letter topic: %s", consumer, e.getMessage());
            return Uni.createFrom().failure(e);
        }
        if (!knownTypes.contains(envelope.type())) {
            Log.warnf("%s received event %s of unknown type %s, sending it to the dead-letter topic", consumer, envelope.id(), envelope.type());
            return Uni.createFrom().failure(new MalformedEventException("unknown event type " + envelope.type()));
        }
        Handler handler = handlers.get(envelope.type());
        Log.debugf("%s consuming %s %s for %s %s", consumer, envelope.type(), envelope.id(), envelope.aggregatetype(), envelope.aggregateid());
        return Panache.withTransaction(() -> markProcessed(consumer, envelope)
                        .flatMap(first -> {
                            if (!first) {
                                Log.debugf("%s skipped duplicate event %s", consumer, envelope.id());
                                return Uni.createFrom().voidItem();
                            }
                            return handler == null ? Uni.createFrom().voidItem() : handler.apply(envelope);
                        }))
                .onFailure(MalformedEventException.class)
                .invoke(failure -> Log.warnf("%s rejected event %s (%s), sending it to the dead-letter topic: %s",
                        consumer, envelope.id(), envelope.type(), failure.getMessage()))
                .onFailure(failure -> !(failure instanceof MalformedEventException))
                .invoke(failure -> Log.warnf("%s failed to process event %s (%s), retrying: %s", consumer, envelope.id(), envelope.type(), failure.toString()))
                .onFailure(failure -> !(failure instanceof MalformedEventException))
                .retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(5)).atMost(8);
    }

    private Uni<Boolean> markProcessed(String consumer, EventEnvelope envelope) {
        UUID eventId;
        try {
            eventId = envelope.eventId();
        } catch (IllegalArgumentException e) {
            return Uni.createFrom().failure(new MalformedEventException("event id " + envelope.id() + " is not a UUID"));
        }
        return Panache.getSession().flatMap(session -> session.createNativeQuery(INSERT_PROCESSED)
                .setParameter("consumer", consumer)
                .setParameter("eventId", eventId)
                .setParameter("eventType", envelope.type())
                .executeUpdate()
                .map(rows -> rows == 1));
    }
}
