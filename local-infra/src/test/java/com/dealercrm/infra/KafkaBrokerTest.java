package com.dealercrm.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealercrm.events.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;

class KafkaBrokerTest {

    @Test
    void brokerStartsCreatesTopicsAndRestarts() throws Exception {
        Path directory = Files.createTempDirectory("kafka-broker-test");
        try (KafkaBroker broker = new KafkaBroker(Ports.freePort(), Ports.freePort(), directory.resolve("data"), directory.resolve("kafka.log"))) {
            broker.start(Duration.ofSeconds(90));
            broker.createDealerTopics(6);

            broker.stop();
            assertThat(broker.isRunning()).isFalse();
            broker.start(Duration.ofSeconds(90));

            try (Admin admin = broker.admin()) {
                var topics = admin.describeTopics(Topics.allTopics()).allTopicNames().get(30, TimeUnit.SECONDS);
                assertThat(topics).containsOnlyKeys(Topics.allTopics());
                assertThat(topics.get(Topics.LEAD_EVENTS).partitions()).hasSize(6);
            }
        }
    }
}
