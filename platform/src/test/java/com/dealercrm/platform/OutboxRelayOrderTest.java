package com.dealercrm.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.dealercrm.events.Actor;
import com.dealercrm.events.Aggregate;
import com.dealercrm.events.EventEnvelope;
import com.dealercrm.events.EventJson;
import com.dealercrm.events.LeadEvents;
import com.dealercrm.events.Topics;
import com.dealercrm.platform.outbox.OutboxRelay;
import com.dealercrm.platform.outbox.OutboxRelayWorker;
import com.dealercrm.testsupport.KafkaTestResource;
import com.dealercrm.testsupport.PostgresTestResource;
import com.dealercrm.testsupport.TestTokens;
import com.dealercrm.testsupport.TopicReader;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.Test;

/** Several relays on one outbox: one publishes at a time, and each aggregate's events keep their order. */
@QuarkusTest
@TestProfile(OutboxRelayOrderTest.RelayOffProfile.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TestTokens.class)
class OutboxRelayOrderTest {

    /** Turns off the application's own relay so the test controls every relay. */
    public static class RelayOffProfile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("dealer.outbox.relay.enabled", "false");
        }
    }

    private static final OutboxRelayWorker.RelaySettings SETTINGS = new OutboxRelayWorker.RelaySettings(
            Duration.ofMillis(100), 7, Duration.ofSeconds(5), Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofDays(7));

    @Inject
    AgroalDataSource dataSource;

    @Test
    void twoRelaysNeverReorderAnAggregate() throws Exception {
        List<String> aggregates = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString(), UUID.randomUUID().toString());
        List<Relay> relays = List.of(new Relay("relay-a"), new Relay("relay-b"));
        try {
            relays.forEach(Relay::start);
            await().atMost(Duration.ofSeconds(30)).until(() -> relays.stream().filter(relay -> relay.worker.isLeader()).count() == 1);

            insertEvents(aggregates, 0, 60);
            Relay first = relays.stream().filter(relay -> relay.worker.isLeader()).findFirst().orElseThrow();
            first.stop();
            insertEvents(aggregates, 60, 120);
            Relay second = relays.stream().filter(relay -> relay != first).findFirst().orElseThrow();
            await().atMost(Duration.ofSeconds(30)).until(() -> second.worker.isLeader());

            await().atMost(Duration.ofSeconds(60)).until(() -> sequences(aggregates).values().stream().allMatch(list -> list.size() == 120));
            for (Map.Entry<String, List<Integer>> entry : sequences(aggregates).entrySet()) {
                List<Integer> expected = new ArrayList<>();
                for (int i = 0; i < 120; i++) {
                    expected.add(i);
                }
                assertThat(entry.getValue()).as("events of %s in publish order", entry.getKey()).isEqualTo(expected);
            }
        } finally {
            relays.forEach(Relay::stop);
        }
    }

    /** Returns, per aggregate, the sequence numbers in the order Kafka stores them, each event id once. */
    private static Map<String, List<Integer>> sequences(List<String> aggregates) {
        Map<String, List<Integer>> result = new LinkedHashMap<>();
        aggregates.forEach(aggregate -> result.put(aggregate, new ArrayList<>()));
        Set<String> seen = new LinkedHashSet<>();
        for (ConsumerRecord<String, String> record : TopicReader.readAll(Topics.LEAD_EVENTS)) {
            if (!result.containsKey(record.key())) {
                continue;
            }
            EventEnvelope envelope = EventJson.read(record.value());
            if (seen.add(envelope.id())) {
                result.get(record.key()).add(envelope.data().get("sequence").asInt());
            }
        }
        return result;
    }

    /** Inserts events in separate small transactions, round-robin over the aggregates. */
    private void insertEvents(List<String> aggregates, int from, int to) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "INSERT INTO outbox_message (event_id, topic, message_key, event_type, payload) VALUES (?::uuid, ?, ?, ?, ?)")) {
            for (int sequence = from; sequence < to; sequence++) {
                for (String aggregate : aggregates) {
                    EventEnvelope envelope = EventEnvelope.of("/test", LeadEvents.ARCHIVED, new Aggregate(Aggregate.LEAD, aggregate, "ordered"),
                            aggregate, Actor.service("test"), Instant.now(), EventJson.toTree(Map.of("sequence", sequence)));
                    statement.setString(1, envelope.id());
                    statement.setString(2, Topics.LEAD_EVENTS);
                    statement.setString(3, aggregate);
                    statement.setString(4, envelope.type());
                    statement.setString(5, EventJson.write(envelope));
                    statement.executeUpdate();
                }
            }
        }
    }

    private final class Relay {
        final KafkaProducer<String, String> producer;
        final OutboxRelayWorker worker;
        final Thread thread;

        Relay(String name) {
            producer = OutboxRelay.createProducer(KafkaTestResource.broker().bootstrapServers(), name, Duration.ofSeconds(5));
            worker = new OutboxRelayWorker(name, dataSource, producer, SETTINGS);
            thread = new Thread(worker, name);
        }

        void start() {
            thread.start();
        }

        void stop() {
            worker.stop();
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            producer.close(Duration.ofSeconds(5));
        }
    }
}
