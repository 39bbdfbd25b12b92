package com.dealercrm.delivery;

import static com.dealercrm.delivery.DeliveryApi.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import com.dealercrm.testsupport.KafkaTestResource;
import com.dealercrm.testsupport.PostgresTestResource;
import com.dealercrm.testsupport.TestTokens;
import com.dealercrm.testsupport.TestUsers;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Stock on hand: reading it, and inventory adjustments that set the counted quantity. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TestTokens.class)
class StockAdjustmentTest {

    @Test
    void adjustmentSetsOnHand() {
        UUID vehicle = UUID.randomUUID();

        adjust(TestUsers.MANAGER1, Map.of("productId", vehicle.toString(), "quantity", 4))
                .then()
                .statusCode(200)
                .body("productId", equalTo(vehicle.toString()))
                .body("onHand", equalTo(4.0f))
                .body("reserved", equalTo(0.0f))
                .body("available", equalTo(4.0f))
                .body("updatedAt", notNullValue());
        adjust(TestUsers.ADMIN1, Map.of("productId", vehicle.toString(), "quantity", 4))
                .then()
                .statusCode(200)
                .body("onHand", equalTo(4.0f));
        adjust(TestUsers.MANAGER1, Map.of("productId", vehicle.toString(), "quantity", new BigDecimal("1.5")))
                .then()
                .statusCode(200)
                .body("onHand", equalTo(1.5f));

        JsonPath stock = DeliveryApi.stockOf(vehicle);
        assertThat(stock.getInt("total")).isEqualTo(1);
        assertThat(stock.getFloat("items[0].onHand")).isEqualTo(1.5f);
    }

    @Test
    void belowReservedRejected() {
        UUID vehicle = UUID.randomUUID();
        DeliveryApi.setOnHand(vehicle, "3");
        String pickingId = DeliveryApi.confirm(new SaleOrderFixture().deliverable(vehicle, "2"));
        DeliveryApi.checkAvailability(TestUsers.AGENT1, pickingId).then().statusCode(200);

        adjust(TestUsers.MANAGER1, Map.of("productId", vehicle.toString(), "quantity", 1))
                .then()
                .statusCode(409)
                .body("detail", equalTo("Product " + vehicle + " has 2.00 unit(s) reserved by open pickings, so set its on-hand "
                        + "quantity to at least 2.00 or cancel those pickings first."))
                .body("reserved", equalTo(2.0f));

        assertThat(DeliveryApi.stockOf(vehicle).getFloat("items[0].onHand")).isEqualTo(3.0f);
        adjust(TestUsers.MANAGER1, Map.of("productId", vehicle.toString(), "quantity", 2))
                .then()
                .statusCode(200)
                .body("available", equalTo(0.0f));
    }

    @Test
    void dealerUserCannotAdjust() {
        UUID vehicle = UUID.randomUUID();

        adjust(TestUsers.AGENT1, Map.of("productId", vehicle.toString(), "quantity", 4))
                .then()
                .statusCode(403);
        adjust(TestUsers.BPO_CRM, Map.of("productId", vehicle.toString(), "quantity", 4))
                .then()
                .statusCode(403);

        assertThat(DeliveryApi.stockOf(vehicle).getInt("total")).isZero();
    }

    @Test
    void invalidAdjustmentRejected() {
        UUID vehicle = UUID.randomUUID();
        record Case(Object body, String field, String message) {
        }
        List<Case> cases = List.of(
                new Case(Map.of("quantity", 1), "productId", "must not be null"),
                new Case(Map.of("productId", vehicle.toString()), "quantity", "must not be null"),
                new Case(Map.of("productId", vehicle.toString(), "quantity", -1), "quantity", "must be 0 or more"),
                new Case(Map.of("productId", vehicle.toString(), "quantity", new BigDecimal("1.125")), "quantity",
                        "must have at most 10 digits before and 2 after the decimal point"),
                new Case(Map.of("productId", "XC90", "quantity", 1), "productId", "'XC90' is not a valid UUID"),
                new Case(Map.of("productId", vehicle.toString(), "quantity", 1, "delta", 1), "delta",
                        "unknown field; remove it from the request"));

        for (Case invalid : cases) {
            adjust(TestUsers.MANAGER1, invalid.body())
                    .then()
                    .statusCode(400)
                    .body("errors.field", hasItem(invalid.field()))
                    .body("errors.message", hasItem(invalid.message()));
        }

        assertThat(DeliveryApi.stockOf(vehicle).getInt("total")).isZero();
    }

    @Test
    void emptyBodyRejected() {
        as(TestUsers.MANAGER1)
                .post("/api/stock/adjustments")
                .then()
                .statusCode(400);
    }

    @Test
    void stockReadByDealerRoles() {
        UUID vehicle = UUID.randomUUID();
        DeliveryApi.setOnHand(vehicle, "7");

        for (TestUsers.User user : List.of(TestUsers.AGENT1, TestUsers.MANAGER1, TestUsers.ADMIN1)) {
            as(user).queryParam("productId", vehicle.toString())
                    .get("/api/stock")
                    .then()
                    .statusCode(200)
                    .body("total", equalTo(1))
                    .body("items[0].onHand", equalTo(7.0f));
        }
        as(TestUsers.BPO_CRM).get("/api/stock").then().statusCode(403);
        io.restassured.RestAssured.given().get("/api/stock").then().statusCode(401);
    }

    @Test
    void stockListPaged() {
        DeliveryApi.setOnHand(UUID.randomUUID(), "1");
        DeliveryApi.setOnHand(UUID.randomUUID(), "1");

        JsonPath page = as(TestUsers.AGENT1)
                .queryParam("size", 1)
                .queryParam("page", 1)
                .get("/api/stock")
                .then()
                .statusCode(200)
                .extract().jsonPath();

        assertThat(page.getList("items")).hasSize(1);
        assertThat(page.getInt("total")).isGreaterThanOrEqualTo(2);
        assertThat(page.getInt("page")).isEqualTo(1);
        assertThat(page.getInt("size")).isEqualTo(1);
        as(TestUsers.AGENT1).queryParam("size", 201).get("/api/stock")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("size"))
                .body("errors[0].message", equalTo("must be between 1 and 200, not 201"));
    }

    private static Response adjust(TestUsers.User user, Object body) {
        return as(user).body(body).post("/api/stock/adjustments");
    }
}
