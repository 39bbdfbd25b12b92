package com.dealercrm.delivery;

import static com.dealercrm.delivery.DeliveryApi.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import com.dealercrm.events.EventEnvelope;
import com.dealercrm.events.EventJson;
import com.dealercrm.events.PickingEvents;
import com.dealercrm.events.Topics;
import com.dealercrm.testsupport.KafkaTestResource;
import com.dealercrm.testsupport.PostgresTestResource;
import com.dealercrm.testsupport.TestTokens;
import com.dealercrm.testsupport.TestUsers;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** A confirmed sale order through its picking to the delivery status, over real Kafka and PostgreSQL. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TestTokens.class)
class PickingFlowTest {

    @Test
    void confirmedOrderDeliveredEndToEnd() {
        UUID vehicle = UUID.randomUUID();
        DeliveryApi.setOnHand(vehicle, "2");
        SaleOrderFixture order = new SaleOrderFixture()
                .deliverable(vehicle, "2")
                .service(UUID.randomUUID(), "1");

        order.publish(order.confirmedEvent());

        String pickingId = DeliveryApi.awaitFirstPicking(order.id);
        JsonPath created = DeliveryApi.picking(pickingId);
        assertThat(created.getString("name")).matches("WH/OUT/\\d{5}");
        assertThat(created.getString("state")).isEqualTo("CONFIRMED");
        assertThat(created.getString("saleOrderId")).isEqualTo(order.id.toString());
        assertThat(created.getString("saleOrderName")).isEqualTo(order.name);
        assertThat(created.getString("dealerLeadId")).isEqualTo(order.leadId.toString());
        assertThat(created.getString("backorderOfId")).isNull();
        assertThat(created.getList("lines")).hasSize(1);
        assertThat(created.getString("lines[0].productId")).isEqualTo(vehicle.toString());
        assertThat(created.getDouble("lines[0].demand")).isEqualTo(2.0);
        assertThat(created.getDouble("lines[0].reserved")).isZero();

        JsonPath before = DeliveryApi.status(order.id);
        assertThat(before.getBoolean("allDone")).isFalse();
        assertThat(before.getList("pending.id")).containsExactly(pickingId);
        assertThat(before.getList("pending.state")).containsExactly("CONFIRMED");

        DeliveryApi.checkAvailability(TestUsers.AGENT1, pickingId)
                .then()
                .statusCode(200)
                .body("state", equalTo("ASSIGNED"))
                .body("shortages", empty())
                .body("lines[0].reserved", equalTo(2.0f));
        assertThat(DeliveryApi.stockOf(vehicle).getFloat("items[0].reserved")).isEqualTo(2.0f);

        DeliveryApi.validate(TestUsers.AGENT1, pickingId, Map.of())
                .then()
                .statusCode(200)
                .body("state", equalTo("DONE"))
                .body("dateDone", notNullValue())
                .body("validatedBy", equalTo(TestUsers.AGENT1.id()))
                .body("validatedByName", equalTo(TestUsers.AGENT1.username()))
                .body("lines[0].done", equalTo(2.0f));

        JsonPath after = DeliveryApi.status(order.id);
        assertThat(after.getBoolean("allDone")).isTrue();
        assertThat(after.getList("pending")).isEmpty();
        assertThat(after.getBoolean("confirmationReceived")).isTrue();
        JsonPath stock = DeliveryApi.stockOf(vehicle);
        assertThat(stock.getFloat("items[0].onHand")).isZero();
        assertThat(stock.getFloat("items[0].reserved")).isZero();
    }

    @Test
    void pickingEventsPublishedInOrder() {
        UUID vehicle = UUID.randomUUID();
        DeliveryApi.setOnHand(vehicle, "1");
        SaleOrderFixture order = new SaleOrderFixture().deliverable(vehicle, "1");
        order.publish(order.confirmedEvent());
        String pickingId = DeliveryApi.awaitFirstPicking(order.id);
        DeliveryApi.checkAvailability(TestUsers.MANAGER1, pickingId).then().statusCode(200);
        DeliveryApi.validate(TestUsers.MANAGER1, pickingId, Map.of()).then().statusCode(200);

        List<ConsumerRecord<String, String>> records = TopicReader.awaitRecords(
                Topics.PICKING_EVENTS, record -> order.id.toString().equals(record.key()), 3);

        List<EventEnvelope> events = records.stream().map(record -> EventJson.read(record.value())).toList();
        assertThat(events).extracting(EventEnvelope::type)
                .containsExactly(PickingEvents.CREATED, PickingEvents.ASSIGNED, PickingEvents.VALIDATED);
        assertThat(events).extracting(EventEnvelope::aggregateid).containsOnly(pickingId);
        assertThat(events).extracting(EventEnvelope::aggregatetype).containsOnly("picking");
        assertThat(events).extracting(EventEnvelope::leadid).containsOnly(order.leadId.toString());
        assertThat(events.get(0).aggregateref()).matches("WH/OUT/\\d{5}");
        assertThat(events.get(0).actorid()).isEqualTo("service:delivery-service");
        assertThat(events.get(2).actorid()).isEqualTo(TestUsers.MANAGER1.id());
        PickingEvents.PickingChanged validated = EventJson.data(events.get(2), PickingEvents.PickingChanged.class);
        assertThat(validated.stateFrom()).isEqualTo("ASSIGNED");
        assertThat(validated.picking().state()).isEqualTo("DONE");
        assertThat(validated.picking().validatedBy()).isEqualTo(TestUsers.MANAGER1.id());
        assertThat(validated.picking().lines()).extracting(PickingEvents.Line::done)
                .allSatisfy(done -> assertThat(done).isEqualByComparingTo("1"));
    }

    @Test
    void redeliveredConfirmationCreatesNothing() {
        UUID vehicle = UUID.randomUUID();
        SaleOrderFixture order = new SaleOrderFixture().deliverable(vehicle, "1");
        String confirmed = order.confirmedEvent();

        order.publish(confirmed);
        order.publish(confirmed);
        order.publish(order.confirmedEvent());
        // The cancellation comes after the repeats on the same partition, so once it shows, they were all handled.
        order.publish(order.cancelledEvent());

        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .until(() -> DeliveryApi.pickingsOf(order.id).getList("items.state"), states -> states.contains("CANCELLED"));
        JsonPath pickings = DeliveryApi.pickingsOf(order.id);
        assertThat(pickings.getInt("total")).isEqualTo(1);
    }

    @Test
    void nothingDeliverableGetsNoPicking() {
        SaleOrderFixture order = new SaleOrderFixture().service(UUID.randomUUID(), "1");

        order.publish(order.confirmedEvent());

        JsonPath status = Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .until(() -> DeliveryApi.status(order.id), body -> body.getBoolean("confirmationReceived"));
        assertThat(status.getBoolean("allDone")).isTrue();
        assertThat(status.getList("pending")).isEmpty();
        assertThat(DeliveryApi.pickingsOf(order.id).getInt("total")).isZero();
    }

    @Test
    void sameProductLinesSummed() {
        UUID vehicle = UUID.randomUUID();
        UUID accessory = UUID.randomUUID();
        SaleOrderFixture order = new SaleOrderFixture()
                .deliverable(vehicle, "1")
                .deliverable(accessory, "2")
                .deliverable(vehicle, "2");

        String pickingId = DeliveryApi.confirm(order);

        JsonPath picking = DeliveryApi.picking(pickingId);
        assertThat(picking.getList("lines")).hasSize(2);
        assertThat(picking.getDouble("lines.find { it.productId == '" + vehicle + "' }.demand")).isEqualTo(3.0);
        assertThat(picking.getDouble("lines.find { it.productId == '" + accessory + "' }.demand")).isEqualTo(2.0);
    }

    @Test
    void unstorableQuantityDeadLettered() {
        SaleOrderFixture rejected = new SaleOrderFixture().deliverable(UUID.randomUUID(), "1.005");
        SaleOrderFixture accepted = new SaleOrderFixture().deliverable(UUID.randomUUID(), "1");
        String confirmed = rejected.confirmedEvent();

        rejected.publish(confirmed);
        SaleOrderFixture.publishRaw(rejected.id.toString(), accepted.confirmedEvent());

        DeliveryApi.awaitFirstPicking(accepted.id);
        String eventId = EventJson.read(confirmed).id();
        List<ConsumerRecord<String, String>> dead = TopicReader.awaitRecords(
                Topics.deadLetterTopic(Topics.SALE_ORDER_EVENTS), record -> record.value().contains(eventId), 1);
        assertThat(new String(dead.get(0).headers().lastHeader("dead-letter-reason").value())).contains("1.005");
        assertThat(DeliveryApi.pickingsOf(rejected.id).getInt("total")).isZero();
        assertThat(DeliveryApi.status(rejected.id).getBoolean("confirmationReceived")).isFalse();
    }

    @Test
    void unknownOrderIsNotAllDone() {
        UUID unknown = UUID.randomUUID();

        JsonPath status = DeliveryApi.status(unknown);

        assertThat(status.getString("saleOrderId")).isEqualTo(unknown.toString());
        assertThat(status.getBoolean("allDone")).isFalse();
        assertThat(status.getList("pending")).isEmpty();
        assertThat(status.getBoolean("confirmationReceived")).isFalse();
    }

    @Test
    void statusNeedsSaleOrderId() {
        as(TestUsers.AGENT1)
                .get("/api/pickings/status")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("saleOrderId"));
        as(TestUsers.AGENT1)
                .queryParam("saleOrderId", "SO00001")
                .get("/api/pickings/status")
                .then()
                .statusCode(400)
                .body("detail", containsString("'SO00001' is not a valid UUID"));
    }

    @Test
    void malformedRecordDeadLettered() {
        SaleOrderFixture order = new SaleOrderFixture().deliverable(UUID.randomUUID(), "1");
        String marker = UUID.randomUUID().toString();

        SaleOrderFixture.publishRaw(order.id.toString(), "{\"specversion\": \"1.0\", \"marker\": \"" + marker + "\"");
        order.publish(order.confirmedEvent());

        DeliveryApi.awaitFirstPicking(order.id);
        List<ConsumerRecord<String, String>> dead = TopicReader.awaitRecords(
                Topics.deadLetterTopic(Topics.SALE_ORDER_EVENTS), record -> record.value().contains(marker), 1);
        assertThat(dead.get(0).key()).isEqualTo(order.id.toString());
        assertThat(dead.get(0).headers().lastHeader("dead-letter-reason")).isNotNull();
    }

    @Test
    void unknownEventTypeDeadLettered() {
        SaleOrderFixture order = new SaleOrderFixture().deliverable(UUID.randomUUID(), "1");
        String unknownType = order.event("dealer.sale-order.renamed", Map.of("name", "SO99999"));

        order.publish(unknownType);
        order.publish(order.confirmedEvent());

        DeliveryApi.awaitFirstPicking(order.id);
        String eventId = EventJson.read(unknownType).id();
        List<ConsumerRecord<String, String>> dead = TopicReader.awaitRecords(
                Topics.deadLetterTopic(Topics.SALE_ORDER_EVENTS), record -> record.value().contains(eventId), 1);
        assertThat(dead).hasSize(1);
    }
}
