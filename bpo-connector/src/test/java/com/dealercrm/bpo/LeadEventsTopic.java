package com.dealercrm.bpo;

import com.dealercrm.events.Actor;
import com.dealercrm.events.Aggregate;
import com.dealercrm.events.EventEnvelope;
import com.dealercrm.events.EventJson;
import com.dealercrm.events.LeadEvents;
import com.dealercrm.events.LeadEvents.LeadLost;
import com.dealercrm.events.LeadEvents.LeadWon;
import com.dealercrm.events.Topics;
import com.dealercrm.testsupport.KafkaTestResource;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Publishes lead events as lead-service does, and reads what bpo-connector published. */
final class LeadEventsTopic {

    static final Actor AGENT = new Actor("5f0c2f57-2a43-4c1e-9a6b-0a1e00000001", "agent1");
    static final Instant WON_AT = Instant.parse("2026-06-30T10:15:30.123456Z");

    private static KafkaProducer<String, String> producer;

    private LeadEventsTopic() {
    }

    static EventEnvelope leadWon(UUID leadId, String leadReference, Long bpoLeadId, String bpoReference, String saleOrderName) {
        LeadWon data = new LeadWon("NEGOTIATION", WON_AT, UUID.randomUUID().toString(), saleOrderName, bpoLeadId, bpoReference);
        return envelope(LeadEvents.WON, leadId.toString(), leadReference, data);
    }

    static EventEnvelope leadLost(UUID leadId, String leadReference, Long bpoLeadId, String bpoReference, String reason, String notes) {
        LeadLost data = new LeadLost("QUALIFIED", WON_AT, reason, notes, null, null, bpoLeadId, bpoReference);
        return envelope(LeadEvents.LOST, leadId.toString(), leadReference, data);
    }

    static EventEnvelope envelope(String type, String leadId, String leadReference, Object data) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return EventEnvelope.of("/lead-service", type, new Aggregate(Aggregate.LEAD, leadId, leadReference), leadId, AGENT, now, EventJson.toTree(data));
    }

    static void publish(EventEnvelope envelope) {
        send(envelope.aggregateid(), EventJson.write(envelope));
    }

    static synchronized void send(String key, String value) {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.broker().bootstrapServers(),
                    ProducerConfig.ACKS_CONFIG, "all"),
                    new StringSerializer(), new StringSerializer());
        }
        try {
            producer.send(new ProducerRecord<>(Topics.LEAD_EVENTS, key, value)).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Publishing a lead event failed", e);
        }
    }

    /** Returns the events bpo-connector published about the lead, oldest first. */
    static List<EventEnvelope> callbackEvents(UUID leadId) {
        return records(Topics.BPO_CALLBACK_EVENTS).stream()
                .filter(record -> leadId.toString().equals(record.key()))
                .map(record -> EventJson.read(record.value()))
                .toList();
    }

    /** Reads every record of a topic from the beginning to its current end. */
    static List<ConsumerRecord<String, String>> records(String topic) {
        Map<String, Object> settings = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.broker().bootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(settings, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }
}
