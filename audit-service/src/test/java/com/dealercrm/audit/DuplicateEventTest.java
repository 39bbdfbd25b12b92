package com.dealercrm.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.dealercrm.events.EventJson;
import com.dealercrm.events.LeadEvents;
import com.dealercrm.events.Topics;
import com.dealercrm.testsupport.KafkaTestResource;
import com.dealercrm.testsupport.PostgresTestResource;
import com.dealercrm.testsupport.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TestTokens.class)
class DuplicateEventTest {

    @Test
    void redeliveredEventGivesOneMessage() {
        LeadStory story = new LeadStory(Instant.parse("2030-07-01T08:00:00Z"));
        var created = story.created(TestEvents.AGENT1);
        TestEvents.send(Topics.LEAD_EVENTS, story.leadId, EventJson.write(created));
        TestEvents.send(Topics.LEAD_EVENTS, story.leadId, EventJson.write(created));
        // Records of one key are consumed in order, so once this one is recorded the copies were too.
        var marker = story.stageChanged("QUALIFIED", TestEvents.AGENT1);

        JsonPath timeline = AuditApi.awaitTimeline(story.leadId, 2);

        assertThat(timeline.getList("items.eventId")).containsExactly(created.id(), marker.id());
        assertThat(timeline.getInt("total")).isEqualTo(2);
    }

    @Test
    void malformedRecordDeadLettered() {
        LeadStory story = new LeadStory(Instant.parse("2030-07-02T08:00:00Z"));
        String poison = "{\"specversion\": \"1.0\", \"note\": \"not an event of " + story.leadId + "\"}";
        TestEvents.send(Topics.LEAD_EVENTS, story.leadId, poison);
        var created = story.created(TestEvents.AGENT1);

        JsonPath timeline = AuditApi.awaitTimeline(story.leadId, 1);

        assertThat(timeline.getList("items.eventId")).containsExactly(created.id());
        ConsumerRecord<String, String> deadLetter = awaitDeadLetter(Topics.deadLetterTopic(Topics.LEAD_EVENTS), poison);
        assertThat(deadLetter.key()).isEqualTo(story.leadId);
        assertThat(header(deadLetter, "dead-letter-reason")).isNotBlank();
    }

    @Test
    void unknownTypeDeadLettered() {
        LeadStory story = new LeadStory(Instant.parse("2030-07-03T08:00:00Z"));
        var unknown = TestEvents.envelope("dealer.picking.teleported", story.lead(), story.leadId, TestEvents.AGENT1,
                story.nextTime(), new LeadEvents.StageChanged("NEW", "WON"));
        String payload = EventJson.write(unknown);
        TestEvents.send(Topics.PICKING_EVENTS, story.saleOrderId, payload);
        story.created(TestEvents.AGENT1);

        AuditApi.awaitTimeline(story.leadId, 1);
        awaitDeadLetter(Topics.deadLetterTopic(Topics.PICKING_EVENTS), payload);

        JsonPath timeline = AuditApi.awaitTimeline(story.leadId, 1);
        assertThat(timeline.getList("items.type")).containsExactly(LeadEvents.CREATED);
    }

    private static ConsumerRecord<String, String> awaitDeadLetter(String topic, String payload) {
        return await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> TestEvents.readAll(topic).stream()
                        .filter(record -> payload.equals(record.value()))
                        .findFirst()
                        .orElse(null), record -> record != null);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
