package com.dealercrm.bposimulator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class JsonRpcResourceTest {

    @BeforeEach
    void reset() {
        given().post("/sim/reset").then().statusCode(200);
    }

    @Test
    void versionNeedsNoLogin() {
        JsonRpc.call("common", "version", List.of())
                .statusCode(200)
                .body("jsonrpc", equalTo("2.0"))
                .body("result.server_version", equalTo("17.0"))
                .body("result.protocol_version", equalTo(1));
    }

    @Test
    void authenticateReturnsUid() {
        JsonRpc.call("common", "authenticate", List.of(JsonRpc.DATABASE, JsonRpc.LOGIN, JsonRpc.API_KEY, Map.of()))
                .statusCode(200)
                .body("result", equalTo(JsonRpc.UID))
                .body("$", not(hasKey("error")));
        JsonRpc.call("common", "login", List.of(JsonRpc.DATABASE, JsonRpc.LOGIN, JsonRpc.API_KEY))
                .body("result", equalTo(JsonRpc.UID));
    }

    @Test
    void authenticateWithBadKeyReturnsFalse() {
        JsonRpc.call("common", "authenticate", List.of(JsonRpc.DATABASE, JsonRpc.LOGIN, "wrong", Map.of()))
                .statusCode(200)
                .body("result", equalTo(false));
        JsonRpc.call("common", "authenticate", List.of("other-db", JsonRpc.LOGIN, JsonRpc.API_KEY, Map.of()))
                .body("result", equalTo(false));
        JsonRpc.call("common", "login", List.of(JsonRpc.DATABASE, "admin", JsonRpc.API_KEY))
                .body("result", equalTo(false));
    }

    @Test
    void responseKeepsRequestId() {
        Map<String, Object> request = Map.of("jsonrpc", "2.0", "method", "call", "id", 4711,
                "params", Map.of("service", "common", "method", "version", "args", List.of()));

        given().contentType(ContentType.JSON).body(request).post("/jsonrpc")
                .then().statusCode(200)
                .body("id", equalTo(4711));
    }

    @Test
    void executeKwWithBadKeyIsAccessDenied() {
        JsonRpc.call("object", "execute_kw", List.of(JsonRpc.DATABASE, JsonRpc.UID, "wrong", "crm.lead", "update_from_dealer_callback",
                        List.of(JsonRpc.won(1234, UUID.randomUUID().toString())), Map.of()))
                .statusCode(200)
                .body("$", not(hasKey("result")))
                .body("error.code", equalTo(200))
                .body("error.message", equalTo("Odoo Server Error"))
                .body("error.data.name", equalTo("odoo.exceptions.AccessDenied"))
                .body("error.data.message", equalTo("Access Denied"));
        given().get("/sim/leads/1234").then().body("stage", equalTo("negotiation"));
    }

    @Test
    void wonCallbackClosesLead() {
        String dealerLeadId = UUID.randomUUID().toString();

        JsonRpc.callback(JsonRpc.won(1234, dealerLeadId))
                .statusCode(200)
                .body("$", not(hasKey("error")))
                .body("result.id", equalTo(1234))
                .body("result.stage", equalTo("won"))
                .body("result.changed", equalTo(true));

        given().get("/sim/leads/1234").then().statusCode(200)
                .body("reference", equalTo("LEAD/01234"))
                .body("stage", equalTo("won"))
                .body("probability", equalTo(100))
                .body("date_won", equalTo("2026-06-30 10:15:30"))
                .body("dealer_so_ref", equalTo("SO00003"))
                .body("dealer_lead_ref", equalTo("DLEAD/00042"))
                .body("dealer_lead_id", equalTo(dealerLeadId))
                .body("message_ids.body", hasItem("Dealer lead DLEAD/00042 won with sale order SO00003."));
    }

    @Test
    void repeatedCallbackSucceedsUnchanged() {
        String dealerLeadId = UUID.randomUUID().toString();
        JsonRpc.callback(JsonRpc.won(1234, dealerLeadId)).body("result.changed", equalTo(true));

        JsonRpc.callback(JsonRpc.won(1234, dealerLeadId))
                .statusCode(200)
                .body("$", not(hasKey("error")))
                .body("result.stage", equalTo("won"))
                .body("result.changed", equalTo(false));

        given().get("/sim/leads/1234").then()
                .body("message_ids.findAll { it.body.startsWith('Dealer lead') }.size()", equalTo(1));
    }

    @Test
    void conflictingOutcomeIsUserError() {
        String dealerLeadId = UUID.randomUUID().toString();
        JsonRpc.callback(JsonRpc.won(1234, dealerLeadId)).body("result.stage", equalTo("won"));

        JsonRpc.callback(JsonRpc.lost(1234, dealerLeadId, "price_too_high"))
                .statusCode(200)
                .body("error.data.name", equalTo("odoo.exceptions.UserError"))
                .body("error.data.message", equalTo("Lead LEAD/01234 is already won; a lost callback cannot change it."));

        given().get("/sim/leads/1234").then().body("stage", equalTo("won"));
    }

    @Test
    void otherDealerLeadIsUserError() {
        JsonRpc.callback(JsonRpc.won(1234, UUID.randomUUID().toString())).body("result.stage", equalTo("won"));

        JsonRpc.callback(JsonRpc.won(1234, UUID.randomUUID().toString()))
                .body("error.data.name", equalTo("odoo.exceptions.UserError"))
                .body("error.data.message", containsString("already won by dealer lead DLEAD/00042"));
    }

    @Test
    void unknownLeadIsUserError() {
        JsonRpc.callback(JsonRpc.won(999_999, UUID.randomUUID().toString()))
                .statusCode(200)
                .body("error.code", equalTo(200))
                .body("error.data.name", equalTo("odoo.exceptions.UserError"))
                .body("error.data.message", equalTo("BPO lead 999999 does not exist."));
    }

    @Test
    void lostCallbackRecordsReason() {
        JsonRpc.callback(JsonRpc.lost(1235, UUID.randomUUID().toString(), "chose_competitor"))
                .body("result.stage", equalTo("lost"));

        given().get("/sim/leads/1235").then()
                .body("stage", equalTo("lost"))
                .body("active", equalTo(false))
                .body("lost_reason", equalTo("chose_competitor"))
                .body("lost_notes", equalTo("Bought elsewhere"))
                .body("date_won", equalTo(false))
                .body("dealer_so_ref", equalTo(false));
    }

    @Test
    void unknownLostReasonBecomesOther() {
        JsonRpc.callback(JsonRpc.lost(1236, UUID.randomUUID().toString(), "moved_abroad"))
                .body("result.stage", equalTo("lost"));

        given().get("/sim/leads/1236").then().body("lost_reason", equalTo("other"));
    }

    @Test
    void invalidPayloadIsValidationError() {
        Map<String, Object> payload = JsonRpc.won(1234, UUID.randomUUID().toString());
        payload.put("outcome", "maybe");
        JsonRpc.callback(payload)
                .body("error.data.name", equalTo("odoo.exceptions.ValidationError"))
                .body("error.data.message", containsString("'maybe'"));

        Map<String, Object> badDate = JsonRpc.won(1234, UUID.randomUUID().toString());
        badDate.put("date", "30/06/2026");
        JsonRpc.callback(badDate)
                .body("error.data.name", equalTo("odoo.exceptions.ValidationError"))
                .body("error.data.message", containsString("30/06/2026"));

        given().get("/sim/leads/1234").then().body("stage", equalTo("negotiation"));
    }

    @Test
    void readReturnsRequestedFields() {
        JsonRpc.executeKw("read", List.of(List.of(1234, 1235)), Map.of("fields", List.of("reference", "stage")))
                .statusCode(200)
                .body("result.id", contains(1234, 1235))
                .body("result.reference", contains("LEAD/01234", "LEAD/01235"))
                .body("result[0]", not(hasKey("partner_name")));
    }

    @Test
    void readOfMissingLeadIsMissingError() {
        JsonRpc.executeKw("read", List.of(List.of(424242)), Map.of())
                .body("error.data.name", equalTo("odoo.exceptions.MissingError"));
    }

    @Test
    void unknownMethodIsServerError() {
        JsonRpc.executeKw("unlink", List.of(List.of(1234)), Map.of())
                .statusCode(200)
                .body("error.data.name", equalTo("builtins.AttributeError"));
        JsonRpc.call("db", "list", List.of())
                .body("error.data.name", equalTo("builtins.NameError"));
        given().get("/sim/leads/1234").then().statusCode(200);
    }
}
