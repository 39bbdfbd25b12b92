package com.dealercrm.delivery;

import static io.restassured.RestAssured.given;

import com.dealercrm.testsupport.TestTokens;
import com.dealercrm.testsupport.TestUsers;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;

/** The delivery-service REST API as a dealer user, manager or admin calls it. */
final class DeliveryApi {

    private DeliveryApi() {
    }

    static RequestSpecification as(TestUsers.User user) {
        return given().auth().oauth2(TestTokens.tokenFor(user)).contentType(ContentType.JSON);
    }

    /** Sets the product's on-hand quantity as manager1 and checks that it was accepted. */
    static void setOnHand(UUID productId, String quantity) {
        as(TestUsers.MANAGER1)
                .body(Map.of("productId", productId.toString(), "quantity", quantity))
                .post("/api/stock/adjustments")
                .then()
                .statusCode(200);
    }

    /** Returns the product's stock level, read as agent1. */
    static JsonPath stockOf(UUID productId) {
        return as(TestUsers.AGENT1)
                .queryParam("productId", productId.toString())
                .get("/api/stock")
                .then()
                .statusCode(200)
                .extract().jsonPath();
    }

    /** Waits until the sale order has {@code count} pickings and returns the list response. */
    static JsonPath awaitPickings(UUID saleOrderId, int count) {
        return Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> pickingsOf(saleOrderId), list -> list.getInt("total") == count);
    }

    static JsonPath pickingsOf(UUID saleOrderId) {
        return as(TestUsers.AGENT1)
                .queryParam("saleOrderId", saleOrderId.toString())
                .get("/api/pickings")
                .then()
                .statusCode(200)
                .extract().jsonPath();
    }

    /** Publishes the order's confirmation and returns the id of the picking it creates. */
    static String confirm(SaleOrderFixture order) {
        order.publish(order.confirmedEvent());
        return awaitFirstPicking(order.id);
    }

    /** Waits for the single picking of a newly confirmed order and returns its id. */
    static String awaitFirstPicking(UUID saleOrderId) {
        return awaitPickings(saleOrderId, 1).getString("items[0].id");
    }

    static JsonPath picking(String id) {
        return as(TestUsers.AGENT1)
                .get("/api/pickings/" + id)
                .then()
                .statusCode(200)
                .extract().jsonPath();
    }

    static Response checkAvailability(TestUsers.User user, String pickingId) {
        return as(user).post("/api/pickings/" + pickingId + "/check-availability");
    }

    static Response validate(TestUsers.User user, String pickingId, Object body) {
        return as(user).body(body).post("/api/pickings/" + pickingId + "/validate");
    }

    static JsonPath status(UUID saleOrderId) {
        return as(TestUsers.AGENT1)
                .queryParam("saleOrderId", saleOrderId.toString())
                .get("/api/pickings/status")
                .then()
                .statusCode(200)
                .extract().jsonPath();
    }
}
