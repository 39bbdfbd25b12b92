package com.dealercrm.system;

import static com.dealercrm.system.DealerApi.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.dealercrm.events.LeadEvents;
import com.dealercrm.events.Topics;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Kafka stopped for 30 s while an agent keeps changing leads. lead-service keeps the events in its
 * outbox. Once the broker is back, every event arrives in the order of the changes, and
 * audit-service records each one once.
 */
class KafkaOutageIT {

    private static final Duration OUTAGE = Duration.ofSeconds(30);
    private static final Duration PAUSE_BETWEEN_ROUNDS = Duration.ofSeconds(1);
    private static final Duration PATIENCE = Duration.ofMinutes(4);
    private static final String AGENT = "agent1";

    private static LocalStackProcess stack;
    private static DealerApi api;

    /** A lead under test and, in order, the signature of each event its changes must publish. */
    private record TrackedLead(String id, String reference, List<String> expected) {
    }

    /** One record of dealer.lead.events: the event id and the signature it is compared by. */
    private record PublishedEvent(String id, String signature) {
    }

    @BeforeAll
    static void startStack() {
        stack = LocalStackProcess.shared();
        api = new DealerApi(stack.gateway(), stack.keycloak());
    }

    @Test
    void outboxEventsSurviveKafkaOutage() {
        List<TrackedLead> leads = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            leads.add(createLead("Before Outage " + i));
        }
        LocalStackProcess.Launch broker = stack.launchOf("kafka");

        stack.terminate("kafka");
        int rounds;
        try {
            rounds = changeLeadsFor(OUTAGE, leads);
        } finally {
            stack.restart("kafka", broker);
            awaitBrokerReady();
        }

        Map<String, List<PublishedEvent>> published = readLeadEvents(leads);
        for (TrackedLead lead : leads) {
            List<PublishedEvent> events = published.get(lead.id());
            assertThat(events).as("signatures of %s in publishing order", lead.reference())
                    .extracting(PublishedEvent::signature)
                    .containsExactlyElementsOf(lead.expected());
        }
        for (TrackedLead lead : leads) {
            List<String> eventIds = published.get(lead.id()).stream().map(PublishedEvent::id).toList();
            List<String> recorded = awaitTimeline(lead, eventIds.size());
            assertThat(recorded).as("event ids in the chatter of %s", lead.reference()).containsExactlyElementsOf(eventIds);
        }
        System.out.printf("Kafka outage of %d s: %d rounds of changes on %d leads, %d events delivered in order%n",
                OUTAGE.toSeconds(), rounds, leads.size(), leads.stream().mapToInt(lead -> lead.expected().size()).sum());
    }

    /** Changes every lead once per round until the time is up, creates one more lead in the first round, and returns the rounds. */
    private static int changeLeadsFor(Duration duration, List<TrackedLead> leads) {
        long end = System.nanoTime() + duration.toNanos();
        int round = 0;
        while (System.nanoTime() < end) {
            round++;
            if (round == 1) {
                leads.add(createLead("During Outage"));
            }
            for (TrackedLead lead : leads) {
                change(lead, round);
            }
            pause();
        }
        return round;
    }

    private static TrackedLead createLead(String name) {
        JsonNode lead = api.post(AGENT, "/api/leads", object(
                "customer", object("name", name, "email", "outage." + System.nanoTime() + "@example.com")), 201);
        TrackedLead tracked = new TrackedLead(lead.path("id").asText(), lead.path("reference").asText(), new ArrayList<>());
        tracked.expected().add(LeadEvents.CREATED);
        return tracked;
    }

    /** Makes one change to the lead through the gateway and records the event it must publish. */
    private static void change(TrackedLead lead, int round) {
        String path = "/api/leads/" + lead.id();
        if (round == 1 || round == 3) {
            String stage = round == 1 ? "QUALIFIED" : "NEGOTIATION";
            api.post(AGENT, path + "/stage", object("stage", stage), 200);
            lead.expected().add(LeadEvents.STAGE_CHANGED + " to " + stage);
        } else if (round % 4 == 0) {
            String summary = "Outage call " + round;
            api.post(AGENT, path + "/calls", object("durationSeconds", 60, "result", "ANSWERED", "summary", summary), 201);
            lead.expected().add(LeadEvents.CALL_LOGGED + " " + summary);
        } else {
            String notes = "Outage note " + round;
            api.patch(AGENT, path, object("notes", notes));
            lead.expected().add(LeadEvents.UPDATED + " notes=" + notes);
        }
    }

    /** Returns the signature of a published lead event: its type and the value that distinguishes one change from another. */
    private static String signature(JsonNode event) {
        String type = event.path("type").asText();
        JsonNode data = event.path("data");
        return switch (type) {
            case LeadEvents.STAGE_CHANGED -> type + " to " + data.path("to").asText();
            case LeadEvents.CALL_LOGGED -> type + " " + data.path("summary").asText();
            case LeadEvents.UPDATED -> type + " " + updatedFields(data.path("changes"));
            default -> type;
        };
    }

    private static String updatedFields(JsonNode changes) {
        List<String> fields = new ArrayList<>();
        changes.forEach(change -> fields.add(change.path("field").asText() + "=" + change.path("new").asText()));
        return String.join(",", fields);
    }

    private static void awaitBrokerReady() {
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
        Awaitility.await("the restarted Kafka broker accepts requests")
                .atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofSeconds(1))
                .ignoreExceptions()
                .until(() -> {
                    try (Admin admin = Admin.create(config)) {
                        return admin.listTopics().names().get(10, TimeUnit.SECONDS).contains(Topics.LEAD_EVENTS);
                    }
                });
    }

    /**
     * Reads dealer.lead.events from the beginning until every tracked lead has at least as many
     * events as it had changes, and returns each lead's events in partition order. The relay
     * delivers at least once, so a repeated event id keeps only its first position.
     */
    private static Map<String, List<PublishedEvent>> readLeadEvents(List<TrackedLead> leads) {
        Map<String, Set<String>> seenIds = new HashMap<>();
        Map<String, List<PublishedEvent>> published = new LinkedHashMap<>();
        leads.forEach(lead -> {
            seenIds.put(lead.id(), new LinkedHashSet<>());
            published.put(lead.id(), new ArrayList<>());
        });
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.LEAD_EVENTS, Duration.ofSeconds(30)).stream()
                    .map(partition -> new TopicPartition(partition.topic(), partition.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Awaitility.await("every lead event published after the outage")
                    .atMost(PATIENCE)
                    .pollInterval(Duration.ofMillis(100))
                    .pollInSameThread()
                    .until(() -> {
                        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                            collect(record, seenIds, published);
                        }
                        return leads.stream().allMatch(lead -> published.get(lead.id()).size() >= lead.expected().size());
                    });
        }
        return published;
    }

    private static void collect(ConsumerRecord<String, String> record, Map<String, Set<String>> seenIds,
            Map<String, List<PublishedEvent>> published) {
        Set<String> ids = seenIds.get(record.key());
        if (ids == null) {
            return;
        }
        JsonNode event = parse(record.value());
        String id = event.path("id").asText();
        if (ids.add(id)) {
            published.get(record.key()).add(new PublishedEvent(id, signature(event)));
        }
    }

    /** Waits until audit-service shows as many messages as the lead published and returns their event ids, oldest first. */
    private static List<String> awaitTimeline(TrackedLead lead, int count) {
        List<String> eventIds = new ArrayList<>();
        Awaitility.await("the chatter of " + lead.reference())
                .atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(500))
                .pollInSameThread()
                .ignoreExceptionsInstanceOf(ApiProblemException.class)
                .until(() -> {
                    eventIds.clear();
                    api.get(AGENT, "/api/audit/leads/" + lead.id() + "/messages?size=200").path("items")
                            .forEach(message -> eventIds.add(message.path("eventId").asText()));
                    return eventIds.size() >= count;
                });
        return eventIds;
    }

    private static Properties consumerConfig() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers());
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return config;
    }

    private static JsonNode parse(String value) {
        try {
            return DealerApi.JSON.readTree(value);
        } catch (IOException e) {
            throw new IllegalStateException("A dealer.lead.events record is not JSON: " + value, e);
        }
    }

    /** Paces the rounds of changes over the outage. The outage lasts a fixed time by design, so a plain sleep is right here. */
    private static void pause() {
        try {
            Thread.sleep(PAUSE_BETWEEN_ROUNDS.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during the Kafka outage", e);
        }
    }
}
