package com.dealercrm.quotation;

import com.dealercrm.events.EventEnvelope;
import com.dealercrm.events.EventJson;
import com.dealercrm.events.Topics;
import com.dealercrm.testsupport.KafkaTestResource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;

/**
 * Reads {@code dealer.sale-order.events} from the beginning of every partition and groups the
 * records by key (the sale order id), so a test can check exactly which events an order produced.
 */
final class SaleOrderEventTap implements AutoCloseable {

    /** One record: its Kafka key and the parsed CloudEvents envelope. */
    record KeyedEvent(String key, EventEnvelope envelope) {
    }

    private final KafkaConsumer<String, String> consumer;
    private final Map<String, List<KeyedEvent>> eventsByKey = new ConcurrentHashMap<>();

    SaleOrderEventTap() {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.broker().bootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new StringDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(Topics.SALE_ORDER_EVENTS).stream()
                .map(info -> new TopicPartition(info.topic(), info.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    /**
     * Waits until the order's events include {@code lastType}, then returns all of them in order.
     * Events of one order share a partition and are published in commit order, so every earlier
     * event of the order has arrived by then.
     */
    List<KeyedEvent> awaitThrough(String orderId, String lastType) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .pollInSameThread()
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    poll();
                    return eventsOf(orderId).stream().anyMatch(event -> event.envelope().type().equals(lastType));
                });
        return eventsOf(orderId);
    }

    List<String> types(List<KeyedEvent> events) {
        return events.stream().map(event -> event.envelope().type()).toList();
    }

    private List<KeyedEvent> eventsOf(String orderId) {
        return new ArrayList<>(eventsByKey.getOrDefault(orderId, List.of()));
    }

    private void poll() {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
            eventsByKey.computeIfAbsent(record.key(), key -> new CopyOnWriteArrayList<>())
                    .add(new KeyedEvent(record.key(), EventJson.read(record.value())));
        }
    }

    @Override
    public void close() {
        consumer.close();
    }
}
