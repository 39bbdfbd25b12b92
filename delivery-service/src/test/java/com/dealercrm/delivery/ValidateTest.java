package com.dealercrm.delivery;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import com.dealercrm.testsupport.KafkaTestResource;
import com.dealercrm.testsupport.PostgresTestResource;
import com.dealercrm.testsupport.TestTokens;
import com.dealercrm.testsupport.TestUsers;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Validate: delivered quantities, stock taken out, backorders, and the refusals. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TestTokens.class)
class ValidateTest {

    @Test
    void shortDeliveryCreatesBackorder() {
        UUID vehicle = UUID.randomUUID();
        DeliveryApi.setOnHand(vehicle, "3");
        SaleOrderFixture order = new SaleOrderFixture().deliverable(vehicle, "3");
        String pickingId = DeliveryApi.confirm(order);
        DeliveryApi.checkAvailability(TestUsers.AGENT1, pickingId).then().statusCode(200);

        DeliveryApi.validate(TestUsers.AGENT1, pickingId, Map.of("lines", List.of(line(vehicle, "1"))))
                .then()
                .statusCode(200)
                .body("state", equalTo("DONE"))
                .body("lines[0].demand", equalTo(3.0f))
                .body("lines[0].done", equalTo(1.0f))
                .body("lines[0].reserved", equalTo(0.0f));

        JsonPath backorders = DeliveryApi.as(TestUsers.AGENT1)
                .queryParam("saleOrderId", order.id.toString())
                .queryParam("state", "ASSIGNED")
                .get("/api/pickings")
                .then()
                .statusCode(200)
                .extract().jsonPath();
        assertThat(backorders.getInt("total")).isEqualTo(1);
        String backorderId = backorders.getString("items[0].id");
        assertThat(backorders.getString("items[0].backorderOfId")).isEqualTo(pickingId);
        assertThat(backorders.getString("items[0].name")).matches("WH/OUT/\\d{5}");
        assertThat(backorders.getString("items[0].dealerLeadId")).isEqualTo(order.leadId.toString());
        assertThat(backorders.getFloat("items[0].lines[0].demand")).isEqualTo(2.0f);
        assertThat(backorders.getFloat("items[0].lines[0].reserved")).isEqualTo(2.0f);

        JsonPath stock = DeliveryApi.stockOf(vehicle);
        assertThat(stock.getFloat("items[0].onHand")).isEqualTo(2.0f);
        assertThat(stock.getFloat("items[0].reserved")).isEqualTo(2.0f);
        JsonPath status = DeliveryApi.status(order.id);
        assertThat(status.getBoolean("allDone")).isFalse();
        assertThat(status.getList("pending.id")).containsExactly(backorderId);

        DeliveryApi.validate(TestUsers.AGENT1, backorderId, Map.of()).then().statusCode(200).body("state", equalTo("DONE"));

        assertThat(DeliveryApi.status(order.id).getBoolean("allDone")).isTrue();
        assertThat(DeliveryApi.stockOf(vehicle).getFloat("items[0].onHand")).isZero();
        assertThat(DeliveryApi.pickingsOf(order.id).getInt("total")).isEqualTo(2);
    }

    @Test
    void partialReservationBackorderWaits() {
        UUID vehicle = UUID.randomUUID();
        DeliveryApi.setOnHand(vehicle, "1");
        SaleOrderFixture order = new SaleOrderFixture().deliverable(vehicle, "2");
        String pickingId = DeliveryApi.confirm(order);
        DeliveryApi.checkAvailability(TestUsers.AGENT1, pickingId).then().statusCode(200).body("state", equalTo("CONFIRMED"));

        DeliveryApi.validate(TestUsers.MANAGER1, pickingId, Map.of())
                .then()
                .statusCode(200)
                .body("state", equalTo("DONE"))
                .body("lines[0].done", equalTo(1.0f))
                .body("validatedBy", equalTo(TestUsers.MANAGER1.id()));

        JsonPath pickings = DeliveryApi.pickingsOf(order.id);
        assertThat(pickings.getList("items.state")).containsExactlyInAnyOrder("DONE", "CONFIRMED");
        JsonPath status = DeliveryApi.status(order.id);
        assertThat(status.getBoolean("allDone")).isFalse();
        assertThat(status.getList("pending.state")).containsExactly("CONFIRMED");
        JsonPath stock = DeliveryApi.stockOf(vehicle);
        assertThat(stock.getFloat("items[0].onHand")).isZero();
        assertThat(stock.getFloat("items[0].reserved")).isZero();
    }

    @Test
    void declinedBackorderReleasesRest() {
        UUID vehicle = UUID.randomUUID();
        UUID accessory = UUID.randomUUID();
        DeliveryApi.setOnHand(vehicle, "2");
        DeliveryApi.setOnHand(accessory, "1");
        SaleOrderFixture order = new SaleOrderFixture().deliverable(vehicle, "2").deliverable(accessory, "1");
        String pickingId = DeliveryApi.confirm(order);
        DeliveryApi.checkAvailability(TestUsers.AGENT1, pickingId).then().statusCode(200).body("state", equalTo("ASSIGNED"));

        DeliveryApi.validate(TestUsers.ADMIN1, pickingId, Map.of(
                        "lines", List.of(line(vehicle, "1")),
                        "createBackorder", false))
                .then()
                .statusCode(200)
                .body("state", equalTo("DONE"));

        JsonPath done = DeliveryApi.picking(pickingId);
        assertThat(done.getFloat("lines.find { it.productId == '" + vehicle + "' }.done")).isEqualTo(1.0f);
        assertThat(done.getFloat("lines.find { it.productId == '" + accessory + "' }.done")).isZero();
        assertThat(DeliveryApi.pickingsOf(order.id).getInt("total")).isEqualTo(1);
        assertThat(DeliveryApi.status(order.id).getBoolean("allDone")).isTrue();
        JsonPath vehicleStock = DeliveryApi.stockOf(vehicle);
        assertThat(vehicleStock.getFloat("items[0].onHand")).isEqualTo(1.0f);
        assertThat(vehicleStock.getFloat("items[0].reserved")).isZero();
        JsonPath accessoryStock = DeliveryApi.stockOf(accessory);
        assertThat(accessoryStock.getFloat("items[0].onHand")).isEqualTo(1.0f);
        assertThat(accessoryStock.getFloat("items[0].reserved")).isZero();
    }

    @Test
    void fullDeliveryHasNoBackorder() {
        UUID vehicle = UUID.randomUUID();
        DeliveryApi.setOnHand(vehicle, "2");
        SaleOrderFixture order = new SaleOrderFixture().deliverable(vehicle, "2");
        String pickingId = DeliveryApi.confirm(order);
        DeliveryApi.checkAvailability(TestUsers.AGENT1, pickingId).then().statusCode(200);

        DeliveryApi.validate(TestUsers.AGENT1, pickingId, Map.of("lines", List.of(line(vehicle, "2"))))
                .then()
                .statusCode(200)
                .body("lines[0].done", equalTo(2.0f));

        assertThat(DeliveryApi.pickingsOf(order.id).getInt("total")).isEqualTo(1);
        assertThat(DeliveryApi.status(order.id).getBoolean("allDone")).isTrue();
    }

    @Test
    void bodyIsOptional() {
        UUID vehicle = UUID.randomUUID();
        DeliveryApi.setOnHand(vehicle, "1");
        String pickingId = DeliveryApi.confirm(new SaleOrderFixture().deliverable(vehicle, "1"));
        DeliveryApi.checkAvailability(TestUsers.AGENT1, pickingId).then().statusCode(200);

        DeliveryApi.as(TestUsers.AGENT1)
                .post("/api/pickings/" + pickingId + "/validate")
                .then()
                .statusCode(200)
                .body("state", equalTo("DONE"))
                .body("lines[0].done", equalTo(1.0f));

        assertThat(DeliveryApi.stockOf(vehicle).getFloat("items[0].onHand")).isZero();
    }

    @Test
    void contentTypeRequired() {
        UUID vehicle = UUID.randomUUID();
        DeliveryApi.setOnHand(vehicle, "1");
        String pickingId = DeliveryApi.confirm(new SaleOrderFixture().deliverable(vehicle, "1"));
        DeliveryApi.checkAvailability(TestUsers.AGENT1, pickingId).then().statusCode(200);

        given().auth().oauth2(TestTokens.tokenFor(TestUsers.AGENT1))
                .post("/api/pickings/" + pickingId + "/validate")
                .then()
                .statusCode(400)
                .body("detail", equalTo("The request body must be sent with Content-Type: application/json."));

        assertThat(DeliveryApi.picking(pickingId).getString("state")).isEqualTo("ASSIGNED");
    }

    @Test
    void withoutReservationRejected() {
        UUID vehicle = UUID.randomUUID();
        String pickingId = DeliveryApi.confirm(new SaleOrderFixture().deliverable(vehicle, "1"));
        String name = DeliveryApi.picking(pickingId).getString("name");

        DeliveryApi.validate(TestUsers.AGENT1, pickingId, Map.of())
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", equalTo("Picking " + name + " has no reserved stock, so run Check Availability once its products "
                        + "are on hand and then validate it."))
                .body("state", equalTo("CONFIRMED"));

        JsonPath picking = DeliveryApi.picking(pickingId);
        assertThat(picking.getString("state")).isEqualTo("CONFIRMED");
        assertThat(picking.getString("dateDone")).isNull();
    }

    @Test
    void donePickingNotValidatedTwice() {
        UUID vehicle = UUID.randomUUID();
        DeliveryApi.setOnHand(vehicle, "2");
        String pickingId = DeliveryApi.confirm(new SaleOrderFixture().deliverable(vehicle, "1"));
        DeliveryApi.checkAvailability(TestUsers.AGENT1, pickingId).then().statusCode(200);
        DeliveryApi.validate(TestUsers.AGENT1, pickingId, Map.of()).then().statusCode(200);

        DeliveryApi.validate(TestUsers.MANAGER1, pickingId, Map.of())
                .then()
                .statusCode(409)
                .body("detail", containsString("Only a CONFIRMED or ASSIGNED picking can be validated, and picking WH/OUT/"))
                .body("detail", containsString(" is DONE."));

        assertThat(DeliveryApi.picking(pickingId).getString("validatedBy")).isEqualTo(TestUsers.AGENT1.id());
        assertThat(DeliveryApi.stockOf(vehicle).getFloat("items[0].onHand")).isEqualTo(1.0f);
    }

    @Test
    void invalidLinesRejected() {
        UUID vehicle = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        DeliveryApi.setOnHand(vehicle, "2");
        String pickingId = DeliveryApi.confirm(new SaleOrderFixture().deliverable(vehicle, "2"));
        String name = DeliveryApi.picking(pickingId).getString("name");
        DeliveryApi.checkAvailability(TestUsers.AGENT1, pickingId).then().statusCode(200);

        record Case(Object lines, String field, String message) {
        }
        List<Case> cases = List.of(
                new Case(List.of(line(other, "1")), "lines[0].productId", "product " + other + " is not on picking " + name),
                new Case(List.of(line(vehicle, "3")), "lines[0].quantityDone",
                        "3 is more than the 2.00 unit(s) reserved for product " + vehicle + ", so deliver at most 2.00 or run Check Availability first"),
                new Case(List.of(line(vehicle, "1"), line(vehicle, "1")), "lines[1].productId", "product " + vehicle + " is listed twice"),
                new Case(List.of(line(vehicle, "0")), "lines", "every quantityDone is 0, so deliver at least one unit or ask a manager to cancel the picking"),
                new Case(List.of(), "lines", "must not be empty, so leave it out to deliver the reserved quantities"),
                new Case(List.of(line(vehicle, "-1")), "lines[0].quantityDone", "must be 0 or more"),
                new Case(List.of(line(vehicle, "1.005")), "lines[0].quantityDone", "must have at most 10 digits before and 2 after the decimal point"),
                new Case(List.of(Map.of("quantityDone", BigDecimal.ONE)), "lines[0].productId", "must not be null"));

        for (Case invalid : cases) {
            DeliveryApi.validate(TestUsers.AGENT1, pickingId, Map.of("lines", invalid.lines()))
                    .then()
                    .statusCode(400)
                    .body("errors.field", hasItem(invalid.field()))
                    .body("errors.message", hasItem(invalid.message()));
        }

        JsonPath picking = DeliveryApi.picking(pickingId);
        assertThat(picking.getString("state")).isEqualTo("ASSIGNED");
        assertThat(picking.getFloat("lines[0].reserved")).isEqualTo(2.0f);
        assertThat(picking.getFloat("lines[0].done")).isZero();
        assertThat(DeliveryApi.stockOf(vehicle).getFloat("items[0].onHand")).isEqualTo(2.0f);
    }

    @Test
    void unknownFieldRejected() {
        UUID vehicle = UUID.randomUUID();
        String pickingId = DeliveryApi.confirm(new SaleOrderFixture().deliverable(vehicle, "1"));

        DeliveryApi.validate(TestUsers.AGENT1, pickingId, Map.of("backorder", true))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("backorder"));
    }

    @Test
    void unknownPickingNotFound() {
        DeliveryApi.validate(TestUsers.AGENT1, UUID.randomUUID().toString(), Map.of())
                .then()
                .statusCode(404)
                .body("detail", containsString("No picking has id"))
                .body("errors", nullValue());
    }

    private static Map<String, Object> line(UUID productId, String quantityDone) {
        return Map.of("productId", productId.toString(), "quantityDone", new BigDecimal(quantityDone));
    }
}
