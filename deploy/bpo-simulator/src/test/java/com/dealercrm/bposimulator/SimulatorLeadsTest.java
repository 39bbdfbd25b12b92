package com.dealercrm.bposimulator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SimulatorLeadsTest {

    @BeforeEach
    void reset() {
        given().post("/sim/reset").then().statusCode(200);
    }

    @Test
    void seededLeadsAreListed() {
        given().get("/sim/leads").then().statusCode(200)
                .body("size()", equalTo(3))
                .body("reference", hasItem("LEAD/01234"))
                .body("find { it.id == 1234 }.stage", equalTo("negotiation"))
                .body("find { it.id == 1234 }.partner_name", equalTo("Maria Santos"));
    }

    @Test
    void createdLeadGetsNextId() {
        Map<String, Object> request = Map.of("name", "Fortuner for a family of six", "partnerName", "Maria Santos",
                "mobile", "+63 917 555 0199", "email", "maria.santos.2@example.com");

        given().contentType(ContentType.JSON).body(request).post("/sim/leads")
                .then().statusCode(201)
                .body("id", equalTo(2000))
                .body("reference", equalTo("LEAD/02000"))
                .body("stage", equalTo("negotiation"))
                .body("partner_name", equalTo("Maria Santos"))
                .body("quantity", equalTo(1))
                .body("endorsed_by", equalTo("BPO agent"));
        given().contentType(ContentType.JSON).body(request).post("/sim/leads")
                .then().statusCode(201)
                .body("id", equalTo(2001));

        JsonRpc.callback(JsonRpc.won(2000, UUID.randomUUID().toString())).body("result.stage", equalTo("won"));
        given().get("/sim/leads/2000").then().body("stage", equalTo("won"));
    }

    @Test
    void createWithoutCustomerIs400() {
        given().contentType(ContentType.JSON).body(Map.of("name", "No customer")).post("/sim/leads")
                .then().statusCode(400)
                .body("error", containsString("partnerName"));
        given().contentType(ContentType.JSON).body(Map.of("name", "Zero", "partnerName", "Ana", "quantity", 0)).post("/sim/leads")
                .then().statusCode(400)
                .body("error", containsString("quantity"));
        given().get("/sim/leads").then().body("size()", equalTo(3));
    }

    @Test
    void unknownLeadIs404() {
        given().get("/sim/leads/4040").then().statusCode(404).body("error", containsString("BPO lead 4040 does not exist"));
    }

    @Test
    void resetRestoresSeededLeads() {
        JsonRpc.callback(JsonRpc.won(1234, UUID.randomUUID().toString())).body("result.stage", equalTo("won"));

        given().post("/sim/reset").then().statusCode(200);

        given().get("/sim/leads/1234").then().body("stage", equalTo("negotiation")).body("dealer_so_ref", equalTo(false));
    }
}
