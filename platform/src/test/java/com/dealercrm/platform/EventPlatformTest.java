package com.dealercrm.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.dealercrm.events.Actor;
import com.dealercrm.events.Aggregate;
import com.dealercrm.events.EventEnvelope;
import com.dealercrm.events.EventJson;
import com.dealercrm.events.LeadEvents;
import com.dealercrm.events.Topics;
import com.dealercrm.testsupport.KafkaTestResource;
import com.dealercrm.testsupport.PostgresTestResource;
import com.dealercrm.testsupport.TestTokens;
import com.dealercrm.testsupport.TopicReader;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TestTokens.class)
class EventPlatformTest {

    private static final Duration EVENTUALLY = Duration.ofSeconds(60);

    @Test
    void rolledBackTransactionPublishesNothing() throws SQLException {
        String rolledBack = "rollback-" + UUID.randomUUID();
        String committed = "commit-" + UUID.randomUUID();

        given().queryParam("name", rolledBack).queryParam("fail", true).post("/test/widgets").then().statusCode(409);
        given().queryParam("name", committed).post("/test/widgets").then().statusCode(200);

        await().atMost(EVENTUALLY).until(() -> eventsNamed(committed).size() == 1);
        assertThat(eventsNamed(rolledBack)).isEmpty();
        assertThat(count("SELECT count(*) FROM outbox_message WHERE payload LIKE ?", "%" + rolledBack + "%")).isZero();
        assertThat(count("SELECT count(*) FROM widget WHERE name = ?", rolledBack)).isZero();
    }

    @Test
    void kafkaOutageEventPublishedOnce() throws SQLException {
        String name = "outage-" + UUID.randomUUID();
        KafkaTestResource.broker().stop();
        try {
            given().queryParam("name", name).post("/test/widgets").then().statusCode(200);

            assertThat(count("SELECT count(*) FROM outbox_message WHERE payload LIKE ? AND published_at IS NULL", "%" + name + "%"))
                    .isEqualTo(1);
        } finally {
            KafkaTestResource.broker().start(Duration.ofSeconds(120));
        }

        await().atMost(EVENTUALLY).until(() -> eventsNamed(name).size() == 1);
        await().atMost(EVENTUALLY).until(() -> count(
                "SELECT count(*) FROM outbox_message WHERE payload LIKE ? AND published_at IS NOT NULL", "%" + name + "%") == 1);
        assertThat(eventsNamed(name)).hasSize(1);
    }

    @Test
    void eventIsStructuredCloudEvent() {
        String name = "shape-" + UUID.randomUUID();
        String id = given().queryParam("name", name).post("/test/widgets").then().statusCode(200).extract().asString();

        await().atMost(EVENTUALLY).until(() -> eventsNamed(name).size() == 1);
        ConsumerRecord<String, String> record = eventsNamed(name).get(0);
        EventEnvelope envelope = EventJson.read(record.value());

        assertThat(record.key()).isEqualTo(id);
        assertThat(header(record, "content-type")).isEqualTo("application/cloudevents+json");
        assertThat(envelope.specversion()).isEqualTo("1.0");
        assertThat(envelope.type()).isEqualTo(LeadEvents.ARCHIVED);
        assertThat(envelope.source()).isEqualTo("/platform-test");
        assertThat(envelope.aggregateid()).isEqualTo(id);
        assertThat(envelope.aggregateref()).isEqualTo(name);
        assertThat(envelope.actorname()).isEqualTo("platform-test");
        assertThat(envelope.time()).isNotNull();
    }

    @Test
    void redeliveredEventHasNoSecondEffect() throws SQLException {
        EventEnvelope event = event("redelivered-" + UUID.randomUUID(), LeadEvents.ARCHIVED);
        String json = EventJson.write(event);

        TopicReader.send(Topics.LEAD_EVENTS, event.aggregateid(), json);
        TopicReader.send(Topics.LEAD_EVENTS, event.aggregateid(), json);
        String marker = "marker-" + UUID.randomUUID();
        EventEnvelope after = event(marker, LeadEvents.ARCHIVED, event.aggregateid());
        TopicReader.send(Topics.LEAD_EVENTS, event.aggregateid(), EventJson.write(after));

        await().atMost(EVENTUALLY).until(() -> effects(after.eventId()) == 1);
        assertThat(effects(event.eventId())).isEqualTo(1);
    }

    @Test
    void malformedRecordDeadLettered() throws SQLException {
        String key = UUID.randomUUID().toString();
        String malformed = "{not json " + key;
        EventEnvelope unknown = event("unknown-" + key, "dealer.lead.teleported", key);
        EventEnvelope good = event("good-" + key, LeadEvents.ARCHIVED, key);

        TopicReader.send(Topics.LEAD_EVENTS, key, malformed);
        TopicReader.send(Topics.LEAD_EVENTS, key, EventJson.write(unknown));
        TopicReader.send(Topics.LEAD_EVENTS, key, EventJson.write(good));

        await().atMost(EVENTUALLY).until(() -> effects(good.eventId()) == 1);
        await().atMost(EVENTUALLY).until(() -> deadLetters(key).size() == 2);
        List<ConsumerRecord<String, String>> deadLetters = deadLetters(key);
        assertThat(deadLetters.get(0).value()).isEqualTo(malformed);
        assertThat(header(deadLetters.get(0), "dead-letter-reason")).contains("not a CloudEvents 1.0 JSON event");
        assertThat(header(deadLetters.get(1), "dead-letter-reason")).contains("unknown event type dealer.lead.teleported");
    }

    private static EventEnvelope event(String reference, String type) {
        return event(reference, type, UUID.randomUUID().toString());
    }

    private static EventEnvelope event(String reference, String type, String aggregateId) {
        return EventEnvelope.of("/test", type, new Aggregate(Aggregate.LEAD, aggregateId, reference), aggregateId,
                Actor.service("test"), Instant.now(), EventJson.toTree(Map.of("name", reference)));
    }

    private static List<ConsumerRecord<String, String>> eventsNamed(String name) {
        return TopicReader.readAll(Topics.LEAD_EVENTS).stream()
                .filter(record -> record.value().contains("\"" + name + "\""))
                .toList();
    }

    private static List<ConsumerRecord<String, String>> deadLetters(String key) {
        return TopicReader.readAll(Topics.deadLetterTopic(Topics.LEAD_EVENTS)).stream()
                .filter(record -> key.equals(record.key()))
                .toList();
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static long effects(UUID eventId) throws SQLException {
        return count("SELECT count(*) FROM widget_effect WHERE event_id = ?::uuid", eventId.toString());
    }

    static long count(String sql, String parameter) throws SQLException {
        try (Connection connection = PostgresTestResource.server().dataSource(PostgresTestResource.DATABASE).getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
