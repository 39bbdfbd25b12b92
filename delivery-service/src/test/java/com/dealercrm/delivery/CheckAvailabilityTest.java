package com.dealercrm.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.dealercrm.testsupport.KafkaTestResource;
import com.dealercrm.testsupport.PostgresTestResource;
import com.dealercrm.testsupport.TestTokens;
import com.dealercrm.testsupport.TestUsers;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Check Availability: reservations of stock on hand, shortages, and reservations that race. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TestTokens.class)
class CheckAvailabilityTest {

    @Test
    void shortageListedThenAssigned() {
        UUID vehicle = UUID.randomUUID();
        DeliveryApi.setOnHand(vehicle, "1");
        String pickingId = DeliveryApi.confirm(new SaleOrderFixture().deliverable(vehicle, "3"));

        DeliveryApi.checkAvailability(TestUsers.AGENT1, pickingId)
                .then()
                .statusCode(200)
                .body("state", equalTo("CONFIRMED"))
                .body("lines[0].reserved", equalTo(1.0f))
                .body("shortages", hasSize(1))
                .body("shortages[0].productId", equalTo(vehicle.toString()))
                .body("shortages[0].missing", equalTo(2.0f));
        assertThat(DeliveryApi.stockOf(vehicle).getFloat("items[0].reserved")).isEqualTo(1.0f);

        DeliveryApi.setOnHand(vehicle, "3");
        DeliveryApi.checkAvailability(TestUsers.AGENT1, pickingId)
                .then()
                .statusCode(200)
                .body("state", equalTo("ASSIGNED"))
                .body("lines[0].reserved", equalTo(3.0f))
                .body("shortages", empty());
        JsonPath stock = DeliveryApi.stockOf(vehicle);
        assertThat(stock.getFloat("items[0].reserved")).isEqualTo(3.0f);
        assertThat(stock.getFloat("items[0].available")).isZero();
    }

    @Test
    void productWithoutStockIsShort() {
        UUID vehicle = UUID.randomUUID();
        UUID accessory = UUID.randomUUID();
        DeliveryApi.setOnHand(accessory, "5");
        String pickingId = DeliveryApi.confirm(new SaleOrderFixture()
                .deliverable(vehicle, "1")
                .deliverable(accessory, "2"));

        JsonPath result = DeliveryApi.checkAvailability(TestUsers.MANAGER1, pickingId)
                .then()
                .statusCode(200)
                .body("state", equalTo("CONFIRMED"))
                .extract().jsonPath();

        assertThat(result.getList("shortages.productId")).containsExactly(vehicle.toString());
        assertThat(result.getFloat("shortages[0].missing")).isEqualTo(1.0f);
        assertThat(DeliveryApi.stockOf(accessory).getFloat("items[0].reserved")).isEqualTo(2.0f);
        assertThat(DeliveryApi.stockOf(vehicle).getInt("total")).isZero();
    }

    @Test
    void assignedPickingStaysAssigned() {
        UUID vehicle = UUID.randomUUID();
        DeliveryApi.setOnHand(vehicle, "4");
        String pickingId = DeliveryApi.confirm(new SaleOrderFixture().deliverable(vehicle, "2"));
        DeliveryApi.checkAvailability(TestUsers.AGENT1, pickingId).then().statusCode(200);

        DeliveryApi.checkAvailability(TestUsers.ADMIN1, pickingId)
                .then()
                .statusCode(200)
                .body("state", equalTo("ASSIGNED"))
                .body("shortages", empty());

        assertThat(DeliveryApi.stockOf(vehicle).getFloat("items[0].reserved")).isEqualTo(2.0f);
    }

    @Test
    void lastUnitReservedOnce() throws Exception {
        UUID vehicle = UUID.randomUUID();
        DeliveryApi.setOnHand(vehicle, "1");
        String first = DeliveryApi.confirm(new SaleOrderFixture().deliverable(vehicle, "1"));
        String second = DeliveryApi.confirm(new SaleOrderFixture().deliverable(vehicle, "1"));

        List<String> states = checkAtOnce(List.of(first, second));

        assertThat(states).containsExactlyInAnyOrder("ASSIGNED", "CONFIRMED");
        JsonPath stock = DeliveryApi.stockOf(vehicle);
        assertThat(stock.getFloat("items[0].onHand")).isEqualTo(1.0f);
        assertThat(stock.getFloat("items[0].reserved")).isEqualTo(1.0f);
        float reservedOnPickings = DeliveryApi.picking(first).getFloat("lines[0].reserved")
                + DeliveryApi.picking(second).getFloat("lines[0].reserved");
        assertThat(reservedOnPickings).isEqualTo(1.0f);
    }

    @Test
    void cancelledPickingNotChecked() {
        UUID vehicle = UUID.randomUUID();
        DeliveryApi.setOnHand(vehicle, "1");
        String pickingId = DeliveryApi.confirm(new SaleOrderFixture().deliverable(vehicle, "1"));
        String name = DeliveryApi.picking(pickingId).getString("name");
        DeliveryApi.as(TestUsers.MANAGER1).post("/api/pickings/" + pickingId + "/cancel").then().statusCode(200);

        DeliveryApi.checkAvailability(TestUsers.AGENT1, pickingId)
                .then()
                .statusCode(409)
                .body("state", equalTo("CANCELLED"))
                .body("detail", equalTo("Only a CONFIRMED or ASSIGNED picking can be checked for availability, and picking "
                        + name + " is CANCELLED."));

        assertThat(DeliveryApi.stockOf(vehicle).getFloat("items[0].reserved")).isZero();
    }

    @Test
    void donePickingNotChecked() {
        UUID vehicle = UUID.randomUUID();
        DeliveryApi.setOnHand(vehicle, "2");
        String pickingId = DeliveryApi.confirm(new SaleOrderFixture().deliverable(vehicle, "1"));
        DeliveryApi.checkAvailability(TestUsers.AGENT1, pickingId).then().statusCode(200);
        DeliveryApi.validate(TestUsers.AGENT1, pickingId, Map.of()).then().statusCode(200);

        DeliveryApi.checkAvailability(TestUsers.AGENT1, pickingId)
                .then()
                .statusCode(409)
                .body("detail", containsString("is DONE"));

        assertThat(DeliveryApi.stockOf(vehicle).getFloat("items[0].reserved")).isZero();
    }

    /** Runs Check Availability on the pickings from parallel threads released together, and returns the states. */
    private static List<String> checkAtOnce(List<String> pickingIds) throws Exception {
        ExecutorService executor = Executors.newFixedThreadPool(pickingIds.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (String pickingId : pickingIds) {
                results.add(executor.submit(() -> {
                    start.await();
                    return DeliveryApi.checkAvailability(TestUsers.AGENT1, pickingId)
                            .then()
                            .statusCode(200)
                            .extract().path("state");
                }));
            }
            start.countDown();
            List<String> states = new ArrayList<>();
            for (Future<String> result : results) {
                states.add(result.get(60, TimeUnit.SECONDS));
            }
            return states;
        } finally {
            executor.shutdownNow();
        }
    }
}
