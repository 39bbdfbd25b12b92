package com.dealercrm.delivery;

import com.dealercrm.events.Actor;
import com.dealercrm.events.Aggregate;
import com.dealercrm.events.EventEnvelope;
import com.dealercrm.events.EventJson;
import com.dealercrm.events.SaleOrderEvents;
import com.dealercrm.events.Topics;
import com.dealercrm.testsupport.KafkaTestResource;
import com.dealercrm.testsupport.TestUsers;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * A sale order of quotation-service, and the events it publishes about it: CloudEvents JSON
 * records built and keyed the way EventOutbox and the outbox relay build them.
 */
final class SaleOrderFixture {

    private static KafkaProducer<String, String> producer;

    final UUID id = UUID.randomUUID();
    final String name = "SO" + ThreadLocalRandom.current().nextInt(10_000, 100_000);
    final UUID leadId = UUID.randomUUID();
    private final List<SaleOrderEvents.Line> lines = new ArrayList<>();

    SaleOrderFixture deliverable(UUID productId, String quantity) {
        lines.add(line(productId, quantity, true));
        return this;
    }

    /** Adds a line for a service such as an extended warranty, which has nothing to deliver. */
    SaleOrderFixture service(UUID productId, String quantity) {
        lines.add(line(productId, quantity, false));
        return this;
    }

    String confirmedEvent() {
        return event(SaleOrderEvents.CONFIRMED, new SaleOrderEvents.SaleOrderConfirmed(snapshot("SALE")));
    }

    String cancelledEvent() {
        return event(SaleOrderEvents.CANCELLED, new SaleOrderEvents.SaleOrderCancelled(snapshot("CANCELLED"), "SALE"));
    }

    /** Builds an event of this order with the given type and data. */
    String event(String type, Object data) {
        Actor actor = new Actor(TestUsers.AGENT1.id(), TestUsers.AGENT1.username());
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        EventEnvelope envelope = EventEnvelope.of("/quotation-service", type,
                new Aggregate(Aggregate.SALE_ORDER, id.toString(), name), leadId.toString(), actor, now, EventJson.toTree(data));
        return EventJson.write(envelope);
    }

    /** Publishes the record to dealer.sale-order.events keyed by this order's id. */
    void publish(String payload) {
        publishRaw(id.toString(), payload);
    }

    static void publishRaw(String key, String payload) {
        ProducerRecord<String, String> record = new ProducerRecord<>(Topics.SALE_ORDER_EVENTS, key, payload);
        record.headers().add("content-type", EventEnvelope.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        try {
            producer().send(record).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Publishing to " + Topics.SALE_ORDER_EVENTS + " failed", e);
        }
    }

    private SaleOrderEvents.SaleOrderSnapshot snapshot(String state) {
        BigDecimal total = lines.stream().map(SaleOrderEvents.Line::subtotal).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new SaleOrderEvents.SaleOrderSnapshot(name, state, UUID.randomUUID().toString(), "Jane Buyer",
                UUID.randomUUID().toString(), "DLEAD/00042", leadId.toString(), List.copyOf(lines), total,
                Instant.now().truncatedTo(ChronoUnit.MICROS), TestUsers.AGENT1.id());
    }

    private static SaleOrderEvents.Line line(UUID productId, String quantity, boolean deliverable) {
        BigDecimal price = new BigDecimal("25000.00");
        BigDecimal amount = new BigDecimal(quantity);
        return new SaleOrderEvents.Line(UUID.randomUUID().toString(), productId.toString(),
                deliverable ? "Vehicle " + productId : "Extended warranty", amount, price, BigDecimal.ZERO,
                price.multiply(amount), deliverable);
    }

    private static synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.broker().bootstrapServers(),
                    ProducerConfig.ACKS_CONFIG, "all"),
                    new StringSerializer(), new StringSerializer());
        }
        return producer;
    }
}
