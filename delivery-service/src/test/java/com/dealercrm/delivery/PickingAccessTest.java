package com.dealercrm.delivery;

import static com.dealercrm.delivery.DeliveryApi.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.dealercrm.testsupport.KafkaTestResource;
import com.dealercrm.testsupport.PostgresTestResource;
import com.dealercrm.testsupport.TestTokens;
import com.dealercrm.testsupport.TestUsers;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Who may read and act on pickings, and how the picking list and lookups treat bad input. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TestTokens.class)
class PickingAccessTest {

    @Test
    void orderCreatorAndManagersReadPickings() {
        SaleOrderFixture order = new SaleOrderFixture().deliverable(UUID.randomUUID(), "1");
        String pickingId = DeliveryApi.confirm(order);

        for (TestUsers.User user : List.of(TestUsers.AGENT1, TestUsers.MANAGER1, TestUsers.ADMIN1)) {
            as(user).get("/api/pickings/" + pickingId).then().statusCode(200).body("id", equalTo(pickingId));
            as(user).queryParam("saleOrderId", order.id.toString()).get("/api/pickings").then().statusCode(200).body("total", equalTo(1));
            as(user).queryParam("saleOrderId", order.id.toString()).get("/api/pickings/status").then().statusCode(200);
        }
    }

    @Test
    void otherDealerUserCannotSeeOrWorkPicking() {
        UUID vehicle = UUID.randomUUID();
        DeliveryApi.setOnHand(vehicle, "1");
        SaleOrderFixture order = new SaleOrderFixture().deliverable(vehicle, "1");
        String pickingId = DeliveryApi.confirm(order);

        as(TestUsers.AGENT2).get("/api/pickings/" + pickingId).then().statusCode(404);
        as(TestUsers.AGENT2).queryParam("saleOrderId", order.id.toString()).get("/api/pickings").then().statusCode(200).body("total", equalTo(0));
        as(TestUsers.AGENT2).post("/api/pickings/" + pickingId + "/check-availability").then().statusCode(404);
        as(TestUsers.AGENT2).body(Map.of()).post("/api/pickings/" + pickingId + "/validate").then().statusCode(404);
        as(TestUsers.AGENT2).queryParam("saleOrderId", order.id.toString()).get("/api/pickings/status").then().statusCode(200);

        JsonPath picking = DeliveryApi.picking(pickingId);
        assertThat(picking.getString("state")).isEqualTo("CONFIRMED");
        assertThat(picking.getFloat("lines[0].reserved")).isZero();
    }

    @Test
    void integrationRoleRejected() {
        UUID vehicle = UUID.randomUUID();
        DeliveryApi.setOnHand(vehicle, "1");
        SaleOrderFixture order = new SaleOrderFixture().deliverable(vehicle, "1");
        String pickingId = DeliveryApi.confirm(order);

        as(TestUsers.BPO_CRM).get("/api/pickings").then().statusCode(403);
        as(TestUsers.BPO_CRM).get("/api/pickings/" + pickingId).then().statusCode(403);
        as(TestUsers.BPO_CRM).queryParam("saleOrderId", order.id.toString()).get("/api/pickings/status").then().statusCode(403);
        as(TestUsers.BPO_CRM).post("/api/pickings/" + pickingId + "/check-availability").then().statusCode(403);
        as(TestUsers.BPO_CRM).body(Map.of()).post("/api/pickings/" + pickingId + "/validate").then().statusCode(403);
        as(TestUsers.BPO_CRM).post("/api/pickings/" + pickingId + "/cancel").then().statusCode(403);

        JsonPath picking = DeliveryApi.picking(pickingId);
        assertThat(picking.getString("state")).isEqualTo("CONFIRMED");
        assertThat(picking.getFloat("lines[0].reserved")).isZero();
    }

    @Test
    void missingTokenUnauthorized() {
        String pickingId = UUID.randomUUID().toString();

        given().get("/api/pickings").then().statusCode(401);
        given().get("/api/pickings/" + pickingId).then().statusCode(401);
        given().queryParam("saleOrderId", pickingId).get("/api/pickings/status").then().statusCode(401);
        given().post("/api/pickings/" + pickingId + "/check-availability").then().statusCode(401);
        given().auth().oauth2(TestTokens.expiredTokenFor(TestUsers.AGENT1)).get("/api/pickings").then().statusCode(401);
    }

    @Test
    void unknownPickingNotFound() {
        as(TestUsers.AGENT1).get("/api/pickings/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        as(TestUsers.AGENT1).get("/api/pickings/WH-OUT-00001")
                .then()
                .statusCode(404)
                .body("detail", equalTo("No picking has id WH-OUT-00001, so check the id or list the sale order's pickings."));
        DeliveryApi.checkAvailability(TestUsers.AGENT1, UUID.randomUUID().toString()).then().statusCode(404);
    }

    @Test
    void listFiltersByState() {
        UUID vehicle = UUID.randomUUID();
        DeliveryApi.setOnHand(vehicle, "1");
        SaleOrderFixture order = new SaleOrderFixture().deliverable(vehicle, "1");
        String pickingId = DeliveryApi.confirm(order);

        JsonPath confirmed = as(TestUsers.AGENT1)
                .queryParam("state", "CONFIRMED")
                .queryParam("size", 200)
                .get("/api/pickings")
                .then()
                .statusCode(200)
                .extract().jsonPath();
        JsonPath done = as(TestUsers.AGENT1)
                .queryParam("saleOrderId", order.id.toString())
                .queryParam("state", "DONE")
                .get("/api/pickings")
                .then()
                .statusCode(200)
                .extract().jsonPath();

        assertThat(confirmed.getList("items.state", String.class)).containsOnly("CONFIRMED");
        assertThat(confirmed.getInt("size")).isEqualTo(200);
        assertThat(done.getInt("total")).isZero();
        assertThat(done.getList("items")).isEmpty();
        assertThat(DeliveryApi.pickingsOf(order.id).getList("items.id")).containsExactly(pickingId);
    }

    @Test
    void invalidListParametersRejected() {
        record Case(String parameter, String value, String message) {
        }
        List<Case> cases = List.of(
                new Case("state", "WAITING", "'WAITING' is not one of CONFIRMED, ASSIGNED, DONE, CANCELLED"),
                new Case("size", "0", "must be between 1 and 200, not 0"),
                new Case("size", "201", "must be between 1 and 200, not 201"),
                new Case("page", "-1", "must be 0 or more, not -1"),
                new Case("page", "first", "'first' is not a whole number"),
                new Case("saleOrderId", "SO00001", "'SO00001' is not a valid UUID"));

        for (Case invalid : cases) {
            as(TestUsers.AGENT1)
                    .queryParam(invalid.parameter(), invalid.value())
                    .get("/api/pickings")
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo(invalid.parameter()))
                    .body("errors[0].message", equalTo(invalid.message()));
        }
    }
}
