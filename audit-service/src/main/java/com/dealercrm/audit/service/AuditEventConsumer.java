package com.dealercrm.audit.service;

import com.dealercrm.audit.mapping.EventTypes;
import com.dealercrm.events.BpoCallbackEvents;
import com.dealercrm.events.LeadEvents;
import com.dealercrm.events.PickingEvents;
import com.dealercrm.events.SaleOrderEvents;
import com.dealercrm.events.Topics;
import com.dealercrm.platform.inbox.EventInbox;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.reactive.messaging.Acknowledgment;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes every event topic through one Kafka consumer. The inbox skips duplicates, and
 * malformed records and unknown types go to the dead-letter topic of the topic they came from.
 */
@ApplicationScoped
public class AuditEventConsumer {

    static final String CONSUMER = "audit-service";

    private final EventInbox inbox;
    private final Map<String, EventInbox.TopicHandlers> topics;

    public AuditEventConsumer(EventInbox inbox, EventRecorder recorder) {
        this.inbox = inbox;
        this.topics = Map.of(
                Topics.LEAD_EVENTS, handlers(EventTypes.declaredIn(LeadEvents.class), recorder),
                Topics.SALE_ORDER_EVENTS, handlers(EventTypes.declaredIn(SaleOrderEvents.class), recorder),
                Topics.PICKING_EVENTS, handlers(EventTypes.declaredIn(PickingEvents.class), recorder),
                Topics.BPO_CALLBACK_EVENTS, handlers(EventTypes.declaredIn(BpoCallbackEvents.class), recorder));
    }

    @Incoming("events")
    @Acknowledgment(Acknowledgment.Strategy.MANUAL)
    public Uni<Void> onEvent(KafkaRecord<String, String> record) {
        return inbox.consume(CONSUMER, record, topics);
    }

    /** Every known type is recorded, so every type gets the same handler. */
    private static EventInbox.TopicHandlers handlers(Set<String> types, EventRecorder recorder) {
        EventInbox.Handler handler = recorder::record;
        return new EventInbox.TopicHandlers(types,
                types.stream().collect(Collectors.toUnmodifiableMap(Function.identity(), type -> handler)));
    }
}
