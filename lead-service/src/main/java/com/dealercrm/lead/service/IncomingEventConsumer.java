package com.dealercrm.lead.service;

import com.dealercrm.events.Topics;
import com.dealercrm.platform.inbox.EventInbox;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.eclipse.microprofile.reactive.messaging.Acknowledgment;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads the sale order, picking and BPO callback topics through one Kafka consumer and passes
 * each record to the handlers of its topic. A rejected record goes to its own topic's
 * dead-letter topic.
 */
@ApplicationScoped
public class IncomingEventConsumer {

    private final EventInbox inbox;
    private final Map<String, EventInbox.TopicHandlers> topics;

    public IncomingEventConsumer(EventInbox inbox, SaleOrderEventConsumer saleOrders, PickingEventConsumer pickings,
            BpoCallbackEventConsumer callbacks) {
        this.inbox = inbox;
        this.topics = Map.of(
                Topics.SALE_ORDER_EVENTS, saleOrders.topicHandlers(),
                Topics.PICKING_EVENTS, pickings.topicHandlers(),
                Topics.BPO_CALLBACK_EVENTS, callbacks.topicHandlers());
    }

    @Incoming("events")
    @Acknowledgment(Acknowledgment.Strategy.MANUAL)
    public Uni<Void> onEvent(KafkaRecord<String, String> record) {
        return inbox.consume(IncomingEvents.CONSUMER, record, topics);
    }
}
