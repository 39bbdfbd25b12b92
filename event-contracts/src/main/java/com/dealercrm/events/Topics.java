package com.dealercrm.events;

import java.util.List;

/** Kafka topic names. Each topic has a dead-letter twin named {@code <topic>.dlq}. */
public final class Topics {

    public static final String LEAD_EVENTS = "dealer.lead.events";
    public static final String SALE_ORDER_EVENTS = "dealer.sale-order.events";
    public static final String PICKING_EVENTS = "dealer.picking.events";
    public static final String BPO_CALLBACK_EVENTS = "dealer.bpo-callback.events";

    public static final String DLQ_SUFFIX = ".dlq";

    public static final List<String> EVENT_TOPICS =
            List.of(LEAD_EVENTS, SALE_ORDER_EVENTS, PICKING_EVENTS, BPO_CALLBACK_EVENTS);

    private Topics() {
    }

    public static String deadLetterTopic(String topic) {
        return topic + DLQ_SUFFIX;
    }

    /** Returns every event topic followed by its dead-letter topic. */
    public static List<String> allTopics() {
        return EVENT_TOPICS.stream().flatMap(topic -> java.util.stream.Stream.of(topic, deadLetterTopic(topic))).toList();
    }
}
