package com.dealercrm.lead;

import static org.awaitility.Awaitility.await;

import com.dealercrm.events.EventEnvelope;
import com.dealercrm.events.EventJson;
import com.dealercrm.events.Topics;
import com.dealercrm.testsupport.KafkaTestResource;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads dealer.lead.events from the test broker on a background thread, from the beginning, and
 * keeps the events of each record key (the lead id) in the order they arrived.
 */
final class LeadEventLog {

    static final Duration EVENTUALLY = Duration.ofSeconds(60);

    private static final Map<String, List<EventEnvelope>> EVENTS_BY_KEY = new ConcurrentHashMap<>();
    private static Thread reader;

    private LeadEventLog() {
    }

    /** Returns the events received so far with the lead id as record key. */
    static List<EventEnvelope> events(String leadId) {
        start();
        return List.copyOf(EVENTS_BY_KEY.getOrDefault(leadId, List.of()));
    }

    /**
     * Waits until the lead has at least {@code count} events and returns them all. Events of one
     * key keep their order, so once the last expected event is in, every earlier one is too.
     */
    static List<EventEnvelope> awaitEvents(String leadId, int count) {
        await().atMost(EVENTUALLY).until(() -> events(leadId).size() >= count);
        return events(leadId);
    }

    private static synchronized void start() {
        if (reader != null) {
            return;
        }
        reader = new Thread(LeadEventLog::read, "lead-event-log");
        reader.setDaemon(true);
        reader.start();
    }

    private static void read() {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.broker().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "lead-event-log-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.LEAD_EVENTS, Duration.ofSeconds(30)).stream()
                    .map(info -> new TopicPartition(Topics.LEAD_EVENTS, info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (!Thread.currentThread().isInterrupted()) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    EVENTS_BY_KEY.computeIfAbsent(record.key(), key -> new CopyOnWriteArrayList<>()).add(EventJson.read(record.value()));
                }
            }
        }
    }
}
