package com.dealercrm.testsupport;

import com.dealercrm.infra.KafkaBroker;
import com.dealercrm.infra.Ports;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Starts one KRaft Kafka broker per test JVM, in its own process, with every Dealer CRM topic and
 * dead-letter topic created (6 partitions each).
 */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    private static KafkaBroker broker;

    public static synchronized KafkaBroker broker() {
        if (broker == null) {
            try {
                Path directory = Files.createTempDirectory("dealer-kafka");
                broker = new KafkaBroker(Ports.freePort(), Ports.freePort(), directory.resolve("data"), directory.resolve("kafka.log"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            broker.start(Duration.ofSeconds(120));
            broker.createDealerTopics(6);
            Runtime.getRuntime().addShutdownHook(new Thread(broker::stop, "kafka-broker-stop"));
        }
        return broker;
    }

    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", broker().bootstrapServers());
    }

    @Override
    public void stop() {
        // The broker lives as long as the test JVM, so later test classes reuse it.
    }
}
