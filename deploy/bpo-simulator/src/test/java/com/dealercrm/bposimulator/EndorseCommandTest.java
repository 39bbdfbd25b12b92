package com.dealercrm.bposimulator;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(FakeDealerResource.class)
class EndorseCommandTest {

    @BeforeEach
    void reset() {
        FakeDealerResource.RECEIVED.clear();
        FakeDealerResource.rejectCredentials = false;
        given().post("/sim/reset").then().statusCode(200);
    }

    @Test
    void endorsePostsLeadWithClientToken() {
        given().post("/sim/leads/1234/endorse?brandId=brand-1&productId=product-1")
                .then().statusCode(200)
                .body("dealerStatus", equalTo(201))
                .body("dealerResponse.reference", equalTo("DLEAD/00001"));

        List<FakeDealerResource.Received> received = FakeDealerResource.RECEIVED;
        assertThat(received).extracting(FakeDealerResource.Received::path).containsExactly("/token", "/api/endorsements");
        assertThat(received.get(0).body()).contains("grant_type=client_credentials").contains("client_id=bpo-crm");
        assertThat(received.get(1).authorization()).isEqualTo("Bearer " + FakeDealerResource.ACCESS_TOKEN);
        JsonObject body = new JsonObject(received.get(1).body());
        assertThat(body.fieldNames()).containsExactlyInAnyOrder("bpoLeadId", "bpoReference", "bpoUrl", "endorsedBy", "customer",
                "brandId", "productId", "vehicleModelText", "quantity", "expectedPrice", "notes");
        assertThat(body.getLong("bpoLeadId")).isEqualTo(1234);
        assertThat(body.getString("bpoReference")).isEqualTo("LEAD/01234");
        assertThat(body.getString("bpoUrl")).isEqualTo("http://127.0.0.1:8069/odoo/crm/1234");
        assertThat(body.getString("endorsedBy")).isEqualTo("Ana Cruz");
        assertThat(body.getJsonObject("customer").getString("name")).isEqualTo("Maria Santos");
        assertThat(body.getJsonObject("customer").getString("mobile")).isEqualTo("+63 917 555 0101");
        assertThat(body.getJsonObject("customer").getString("email")).isEqualTo("maria.santos@example.com");
        assertThat(body.getString("brandId")).isEqualTo("brand-1");
        assertThat(body.getString("productId")).isEqualTo("product-1");
        assertThat(body.getString("vehicleModelText")).isEqualTo("Toyota Fortuner 2.8 LTD");
        assertThat(body.getInteger("quantity")).isEqualTo(1);
        assertThat(received.get(1).body()).contains("\"expectedPrice\":2150000.00");
        given().get("/sim/leads/1234").then().body("message_ids.body", hasItem("Endorsed to dealer lead DLEAD/00001."));
    }

    @Test
    void endorseWithoutCatalogIdsOmitsThem() {
        given().post("/sim/leads/1235/endorse").then().statusCode(200).body("dealerStatus", equalTo(201));

        JsonObject body = new JsonObject(FakeDealerResource.RECEIVED.get(1).body());
        assertThat(body.containsKey("brandId")).isFalse();
        assertThat(body.containsKey("productId")).isFalse();
        assertThat(body.getInteger("quantity")).isEqualTo(2);
    }

    @Test
    void rejectedCredentialsAre502() {
        FakeDealerResource.rejectCredentials = true;

        given().post("/sim/leads/1234/endorse")
                .then().statusCode(502)
                .body("error", containsString("rejected the bpo-crm client credentials with HTTP 401"))
                .body("error", containsString("bpo.dealer.client-secret"));

        assertThat(FakeDealerResource.RECEIVED).extracting(FakeDealerResource.Received::path).containsExactly("/token");
    }

    @Test
    void unknownLeadIs404() {
        given().post("/sim/leads/777/endorse")
                .then().statusCode(404)
                .body("error", containsString("BPO lead 777 does not exist"));

        assertThat(FakeDealerResource.RECEIVED).isEmpty();
    }

    @Test
    void nonHttpDealerUrlIs400() {
        given().post("/sim/leads/1234/endorse?dealerUrl=ftp://127.0.0.1:21")
                .then().statusCode(400)
                .body("error", containsString("ftp://127.0.0.1:21"));

        assertThat(FakeDealerResource.RECEIVED).isEmpty();
    }
}
