package com.dealercrm.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

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
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** Cancelling pickings: by a cancelled sale order, or by a manager or admin. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TestTokens.class)
class CancellationTest {

    @Test
    void cancelledOrderReleasesStock() {
        UUID vehicle = UUID.randomUUID();
        DeliveryApi.setOnHand(vehicle, "2");
        SaleOrderFixture order = new SaleOrderFixture().deliverable(vehicle, "2");
        String pickingId = DeliveryApi.confirm(order);
        DeliveryApi.checkAvailability(TestUsers.AGENT1, pickingId).then().statusCode(200).body("state", equalTo("ASSIGNED"));

        order.publish(order.cancelledEvent());

        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .until(() -> DeliveryApi.picking(pickingId).getString("state"), "CANCELLED"::equals);
        assertThat(DeliveryApi.picking(pickingId).getFloat("lines[0].reserved")).isZero();
        JsonPath stock = DeliveryApi.stockOf(vehicle);
        assertThat(stock.getFloat("items[0].onHand")).isEqualTo(2.0f);
        assertThat(stock.getFloat("items[0].reserved")).isZero();
        JsonPath status = DeliveryApi.status(order.id);
        assertThat(status.getList("pending")).isEmpty();
        assertThat(status.getBoolean("allDone")).isFalse();

        List<ConsumerRecord<String, String>> records = TopicReader.awaitRecords(Topics.PICKING_EVENTS,
                record -> order.id.toString().equals(record.key()) && record.value().contains(PickingEvents.CANCELLED), 1);
        EventEnvelope cancelled = EventJson.read(records.get(0).value());
        assertThat(cancelled.aggregateid()).isEqualTo(pickingId);
        assertThat(EventJson.data(cancelled, PickingEvents.PickingChanged.class).stateFrom()).isEqualTo("ASSIGNED");
    }

    @Test
    void cancelledOrderKeepsDonePicking() {
        UUID vehicle = UUID.randomUUID();
        DeliveryApi.setOnHand(vehicle, "2");
        SaleOrderFixture order = new SaleOrderFixture().deliverable(vehicle, "2");
        String pickingId = DeliveryApi.confirm(order);
        DeliveryApi.checkAvailability(TestUsers.AGENT1, pickingId).then().statusCode(200);
        DeliveryApi.validate(TestUsers.AGENT1, pickingId, Map.of("lines", List.of(Map.of("productId", vehicle.toString(), "quantityDone", 1))))
                .then()
                .statusCode(200);

        order.publish(order.cancelledEvent());

        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .until(() -> DeliveryApi.pickingsOf(order.id).getList("items.state"), states -> states.contains("CANCELLED"));
        assertThat(DeliveryApi.pickingsOf(order.id).getList("items.state", String.class)).containsExactlyInAnyOrder("DONE", "CANCELLED");
        assertThat(DeliveryApi.picking(pickingId).getString("state")).isEqualTo("DONE");
        JsonPath stock = DeliveryApi.stockOf(vehicle);
        assertThat(stock.getFloat("items[0].onHand")).isEqualTo(1.0f);
        assertThat(stock.getFloat("items[0].reserved")).isZero();
        JsonPath status = DeliveryApi.status(order.id);
        assertThat(status.getList("pending")).isEmpty();
        assertThat(status.getBoolean("allDone")).isTrue();
    }

    @Test
    void managerCancelsPicking() {
        UUID vehicle = UUID.randomUUID();
        DeliveryApi.setOnHand(vehicle, "1");
        SaleOrderFixture order = new SaleOrderFixture().deliverable(vehicle, "1");
        String pickingId = DeliveryApi.confirm(order);
        DeliveryApi.checkAvailability(TestUsers.AGENT1, pickingId).then().statusCode(200);

        cancel(TestUsers.MANAGER1, pickingId)
                .then()
                .statusCode(200)
                .body("state", equalTo("CANCELLED"))
                .body("lines[0].reserved", equalTo(0.0f));

        assertThat(DeliveryApi.stockOf(vehicle).getFloat("items[0].reserved")).isZero();
        assertThat(DeliveryApi.status(order.id).getList("pending")).isEmpty();
        List<ConsumerRecord<String, String>> records = TopicReader.awaitRecords(Topics.PICKING_EVENTS,
                record -> order.id.toString().equals(record.key()) && record.value().contains(PickingEvents.CANCELLED), 1);
        assertThat(EventJson.read(records.get(0).value()).actorid()).isEqualTo(TestUsers.MANAGER1.id());
    }

    @Test
    void adminCancelsPicking() {
        String pickingId = DeliveryApi.confirm(new SaleOrderFixture().deliverable(UUID.randomUUID(), "1"));

        cancel(TestUsers.ADMIN1, pickingId).then().statusCode(200).body("state", equalTo("CANCELLED"));
    }

    @Test
    void dealerUserCannotCancel() {
        UUID vehicle = UUID.randomUUID();
        DeliveryApi.setOnHand(vehicle, "1");
        String pickingId = DeliveryApi.confirm(new SaleOrderFixture().deliverable(vehicle, "1"));
        DeliveryApi.checkAvailability(TestUsers.AGENT1, pickingId).then().statusCode(200);

        cancel(TestUsers.AGENT1, pickingId)
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("detail", equalTo("Your role does not allow this action."));

        assertThat(DeliveryApi.picking(pickingId).getString("state")).isEqualTo("ASSIGNED");
        assertThat(DeliveryApi.stockOf(vehicle).getFloat("items[0].reserved")).isEqualTo(1.0f);
    }

    @Test
    void closedPickingNotCancelled() {
        UUID vehicle = UUID.randomUUID();
        DeliveryApi.setOnHand(vehicle, "1");
        String done = DeliveryApi.confirm(new SaleOrderFixture().deliverable(vehicle, "1"));
        DeliveryApi.checkAvailability(TestUsers.AGENT1, done).then().statusCode(200);
        DeliveryApi.validate(TestUsers.AGENT1, done, Map.of()).then().statusCode(200);
        String cancelled = DeliveryApi.confirm(new SaleOrderFixture().deliverable(vehicle, "1"));
        cancel(TestUsers.MANAGER1, cancelled).then().statusCode(200);

        cancel(TestUsers.MANAGER1, done)
                .then()
                .statusCode(409)
                .body("state", equalTo("DONE"))
                .body("detail", containsString("Only a CONFIRMED or ASSIGNED picking can be cancelled, and picking WH/OUT/"))
                .body("detail", containsString(" is DONE."));
        cancel(TestUsers.ADMIN1, cancelled)
                .then()
                .statusCode(409)
                .body("detail", containsString(" is CANCELLED."));

        assertThat(DeliveryApi.picking(done).getString("state")).isEqualTo("DONE");
    }

    @Test
    void unknownPickingNotCancelled() {
        cancel(TestUsers.MANAGER1, UUID.randomUUID().toString()).then().statusCode(404);
    }

    private static Response cancel(TestUsers.User user, String pickingId) {
        return DeliveryApi.as(user).post("/api/pickings/" + pickingId + "/cancel");
    }
}
