package com.dealercrm.platform.outbox;

import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Starts and stops the outbox relay of this service with the application. */
@ApplicationScoped
public class OutboxRelay {

    private final AgroalDataSource dataSource;
    private final String applicationName;
    private final String bootstrapServers;
    private final boolean enabled;
    private final OutboxRelayWorker.RelaySettings settings;
    private OutboxRelayWorker worker;
    private Thread thread;
    private KafkaProducer<String, String> producer;

    public OutboxRelay(
            AgroalDataSource dataSource,
            @ConfigProperty(name = "quarkus.application.name") String applicationName,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @ConfigProperty(name = "dealer.outbox.relay.enabled", defaultValue = "true") boolean enabled,
            @ConfigProperty(name = "dealer.outbox.poll-interval", defaultValue = "1s") Duration pollInterval,
            @ConfigProperty(name = "dealer.outbox.batch-size", defaultValue = "200") int batchSize,
            @ConfigProperty(name = "dealer.outbox.send-timeout", defaultValue = "10s") Duration sendTimeout,
            @ConfigProperty(name = "dealer.outbox.min-backoff", defaultValue = "200ms") Duration minBackoff,
            @ConfigProperty(name = "dealer.outbox.max-backoff", defaultValue = "10s") Duration maxBackoff,
            @ConfigProperty(name = "dealer.outbox.retention", defaultValue = "P7D") Duration retention) {
        this.dataSource = dataSource;
        this.applicationName = applicationName;
        this.bootstrapServers = bootstrapServers;
        this.enabled = enabled;
        this.settings = new OutboxRelayWorker.RelaySettings(pollInterval, batchSize, sendTimeout, minBackoff, maxBackoff, retention);
    }

    void onStart(@Observes StartupEvent event) {
        if (!enabled) {
            Log.info("Outbox relay is disabled (dealer.outbox.relay.enabled=false)");
            return;
        }
        producer = createProducer(bootstrapServers, applicationName + "-outbox", settings.sendTimeout());
        worker = new OutboxRelayWorker(applicationName, dataSource, producer, settings);
        thread = new Thread(worker, applicationName + "-outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        if (worker == null) {
            return;
        }
        worker.stop();
        thread.interrupt();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        producer.close(Duration.ofSeconds(5));
    }

    public boolean isLeader() {
        return worker != null && worker.isLeader();
    }

    /**
     * Creates the idempotent producer the relay publishes with: acknowledged by all replicas, and
     * failing within the send timeout instead of blocking when Kafka is away.
     */
    public static KafkaProducer<String, String> createProducer(String bootstrapServers, String clientId, Duration sendTimeout) {
        int timeoutMillis = (int) sendTimeout.toMillis();
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.CLIENT_ID_CONFIG, clientId,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1,
                ProducerConfig.LINGER_MS_CONFIG, 0,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, timeoutMillis,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.max(1000, timeoutMillis / 2),
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, timeoutMillis),
                new StringSerializer(), new StringSerializer());
    }
}
