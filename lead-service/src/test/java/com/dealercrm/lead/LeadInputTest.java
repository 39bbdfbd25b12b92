package com.dealercrm.lead;

import static com.dealercrm.lead.LeadApi.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.dealercrm.events.LeadEvents;
import com.dealercrm.lead.fake.OwnerServices;
import com.dealercrm.testsupport.KafkaTestResource;
import com.dealercrm.testsupport.PostgresTestResource;
import com.dealercrm.testsupport.TestTokens;
import com.dealercrm.testsupport.TestUsers;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bad input: each case is a 400 problem naming the field, and changes nothing. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TestTokens.class)
@WithTestResource(OwnerServices.class)
class LeadInputTest {

    private record Case(String field, Object body) {
    }

    @Test
    void badPatchChangesNothing() {
        String id = LeadApi.createLead(TestUsers.AGENT1);
        List<Case> cases = List.of(
                new Case("colour", Map.of("colour", "red")),
                new Case("stage", Map.of("stage", "WON")),
                new Case("ownerId", Map.of("ownerId", TestUsers.AGENT2.id())),
                new Case("saleOrderId", Map.of("saleOrderId", "8d7c3f36-8f55-4b43-9d4e-3f7b7f0a0a01")),
                new Case("dateWon", Map.of("dateWon", "2026-06-30T12:00:00Z")),
                new Case("dateLost", Map.of("dateLost", "2026-06-30T12:00:00Z")),
                new Case("reference", Map.of("reference", "DLEAD/99999")),
                new Case("version", Map.of("version", 7)),
                new Case("active", Map.of("active", false)),
                new Case("customer.partnerId", Map.of("customer", Map.of("partnerId", "8d7c3f36-8f55-4b43-9d4e-3f7b7f0a0a01"))),
                new Case("customer.nickname", Map.of("customer", Map.of("nickname", "Bob"))),
                new Case("quantity", Map.of("quantity", -1)),
                new Case("quantity", Map.of("quantity", 0)),
                new Case("quantity", Map.of("quantity", 1.5)),
                new Case("quantity", nullValue("quantity")),
                new Case("expectedPrice", Map.of("expectedPrice", -5)),
                new Case("expectedPrice", Map.of("expectedPrice", 10.125)),
                new Case("budget", Map.of("budget", -0.01)),
                new Case("notes", Map.of("notes", "x".repeat(4001))),
                new Case("tradeIn", Map.of("tradeIn", "x".repeat(501))),
                new Case("vehicleModelText", Map.of("vehicleModelText", "x".repeat(201))),
                new Case("customer.name", Map.of("customer", Map.of("name", "x".repeat(201)))),
                new Case("customer.name", Map.of("customer", Map.of("name", " "))),
                new Case("customer.email", Map.of("customer", Map.of("email", "not-an-email"))),
                new Case("customer.mobile", Map.of("customer", Map.of("mobile", "call me maybe"))),
                new Case("customer.mobile", Map.of("customer", Map.of("mobile", "12"))),
                new Case("customer", nullValue("customer")),
                new Case("brandId", Map.of("brandId", "not-a-uuid")),
                new Case("body", List.of("notes")));

        for (Case badInput : cases) {
            Response response = as(TestUsers.AGENT1).body(badInput.body()).patch("/api/leads/" + id);
            assertInvalid(response, badInput.field());
        }
        assertMalformedAndWrongTypeRejected("PATCH", "/api/leads/" + id);
        as(TestUsers.AGENT1).get("/api/leads/" + id).then().statusCode(200)
                .body("version", equalTo(0))
                .body("quantity", equalTo(1))
                .body("notes", equalTo(null));
        assertOnlyCreatedEvent(id);
    }

    @Test
    void patchListsEveryInvalidField() {
        String id = LeadApi.createLead(TestUsers.AGENT1);

        as(TestUsers.AGENT1).body(Map.of("quantity", -2, "notes", "x".repeat(4001), "stage", "WON"))
                .patch("/api/leads/" + id)
                .then().statusCode(400)
                .body("errors.field", hasItem("stage"));
        as(TestUsers.AGENT1).body(Map.of("quantity", -2, "notes", "x".repeat(4001)))
                .patch("/api/leads/" + id)
                .then().statusCode(400)
                .body("detail", equalTo("2 fields are invalid; see errors."))
                .body("errors.field", equalTo(List.of("notes", "quantity")));
    }

    @Test
    void badManualLeadCreatesNothing() {
        String name = LeadApi.uniqueName("Rejected");
        List<Case> cases = List.of(
                new Case("customer", withCustomer(null)),
                new Case("customer.name", withCustomer(LeadApi.customer(" ", LeadApi.uniqueMobile(), null))),
                new Case("customer.email", withCustomer(LeadApi.customer(name, null, "name@"))),
                new Case("customer.mobile", withCustomer(LeadApi.customer(name, "0170 12AB", null))),
                new Case("quantity", with("quantity", -3, name)),
                new Case("expectedPrice", with("expectedPrice", -1, name)),
                new Case("notes", with("notes", "x".repeat(4001), name)),
                new Case("stage", with("stage", "WON", name)),
                new Case("ownerId", with("ownerId", TestUsers.AGENT2.id(), name)));

        for (Case badInput : cases) {
            assertInvalid(as(TestUsers.AGENT1).body(badInput.body()).post("/api/leads"), badInput.field());
        }
        assertMalformedAndWrongTypeRejected("POST", "/api/leads");
        as(TestUsers.MANAGER1).queryParam("q", name).get("/api/leads").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void badEndorsementCreatesNothing() throws Exception {
        long bpoLeadId = LeadApi.uniqueBpoLeadId();
        List<Case> cases = List.of(
                new Case("bpoLeadId", endorsementWith(bpoLeadId, "bpoLeadId", null)),
                new Case("bpoLeadId", endorsementWith(bpoLeadId, "bpoLeadId", -1)),
                new Case("bpoReference", endorsementWith(bpoLeadId, "bpoReference", "")),
                new Case("bpoUrl", endorsementWith(bpoLeadId, "bpoUrl", "ftp://bpo.example.com/lead")),
                new Case("customer.mobile", endorsementWith(bpoLeadId, "customer", LeadApi.customer("Ann", "not a number", null))),
                new Case("quantity", endorsementWith(bpoLeadId, "quantity", 0)),
                new Case("ownerId", endorsementWith(bpoLeadId, "ownerId", TestUsers.AGENT1.id())));

        for (Case badInput : cases) {
            assertInvalid(as(TestUsers.BPO_CRM).body(badInput.body()).post("/api/endorsements"), badInput.field());
        }
        assertThat(LeadApi.count("SELECT count(*) FROM lead WHERE bpo_source_lead_id = ?::bigint", Long.toString(bpoLeadId))).isZero();
    }

    @Test
    void badCommandBodiesChangeNothing() {
        String id = LeadApi.createLead(TestUsers.AGENT1);

        assertInvalid(as(TestUsers.AGENT1).body(Map.of("stage", "DONE")).post("/api/leads/" + id + "/stage"), "stage")
                .body("errors[0].message", containsString("is not one of NEW, QUALIFIED, NEGOTIATION, WON, LOST"));
        assertInvalid(as(TestUsers.AGENT1).body(Map.of()).post("/api/leads/" + id + "/stage"), "stage");
        assertInvalid(as(TestUsers.AGENT1).body(Map.of()).post("/api/leads/" + id + "/mark-lost"), "reason");
        assertInvalid(as(TestUsers.AGENT1).body(Map.of("reason", "BORED")).post("/api/leads/" + id + "/mark-lost"), "reason");
        assertInvalid(as(TestUsers.AGENT1).body(Map.of("reason", "OTHER", "notes", "x".repeat(2001)))
                .post("/api/leads/" + id + "/mark-lost"), "notes");
        assertInvalid(as(TestUsers.AGENT1).body(Map.of("durationSeconds", -1, "result", "BUSY"))
                .post("/api/leads/" + id + "/calls"), "durationSeconds");
        assertInvalid(as(TestUsers.AGENT1).body(Map.of("durationSeconds", 10, "result", "HUNG_UP"))
                .post("/api/leads/" + id + "/calls"), "result");
        assertInvalid(as(TestUsers.AGENT1).body(Map.of("durationSeconds", 10)).post("/api/leads/" + id + "/calls"), "result");
        assertInvalid(as(TestUsers.MANAGER1).body(Map.of("userId", "")).post("/api/leads/" + id + "/assign"), "userId");
        assertMalformedAndWrongTypeRejected("POST", "/api/leads/" + id + "/stage");

        as(TestUsers.AGENT1).get("/api/leads/" + id).then().statusCode(200)
                .body("version", equalTo(0))
                .body("stage", equalTo("NEW"));
        as(TestUsers.AGENT1).get("/api/leads/" + id + "/calls").then().statusCode(200).body("total", equalTo(0));
        assertOnlyCreatedEvent(id);
    }

    @Test
    void badQueryParametersAreNamed() {
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("size", "201");
        cases.put("page", "-1");
        cases.put("stage", "DONE");
        cases.put("endorsed", "maybe");
        cases.put("active", "yes");
        cases.put("lostFrom", "yesterday");
        cases.put("lostTo", "2026-13-01T00:00:00Z");

        for (Map.Entry<String, String> badInput : cases.entrySet()) {
            assertInvalid(as(TestUsers.AGENT1).queryParam(badInput.getKey(), badInput.getValue()).get("/api/leads"), badInput.getKey());
        }
        assertInvalid(as(TestUsers.AGENT1).queryParam("size", "0").get("/api/leads"), "size");
        assertInvalid(as(TestUsers.AGENT1).queryParam("size", "many").get("/api/calls"), "size");
        assertInvalid(as(TestUsers.AGENT1).queryParam("from", "today").get("/api/calls"), "from");
        assertInvalid(as(TestUsers.AGENT1).queryParam("size", "500").get("/api/leads/pipeline"), "size");
        assertInvalid(as(TestUsers.AGENT1).queryParam("lostFrom", "2026-06-01T00:00:00Z").queryParam("lostTo", "2026-05-01T00:00:00Z")
                .get("/api/leads"), "lostTo");
    }

    private static io.restassured.response.ValidatableResponse assertInvalid(Response response, String field) {
        assertThat(response.statusCode()).as("status for a bad %s: %s", field, response.asString()).isEqualTo(400);
        return response.then()
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItem(field));
    }

    private static void assertMalformedAndWrongTypeRejected(String method, String path) {
        as(TestUsers.AGENT1).body("{\"notes\": ").request(method, path)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("not valid JSON"));
        as(TestUsers.AGENT1).contentType(ContentType.TEXT).body("notes=hello").request(method, path)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("Content-Type"));
    }

    private static void assertOnlyCreatedEvent(String id) {
        // A later event of the same lead shows that the refused requests before it recorded none.
        as(TestUsers.AGENT1).post("/api/leads/" + id + "/archive").then().statusCode(200);
        List<String> types = LeadEventLog.awaitEvents(id, 2).stream().map(event -> event.type()).toList();
        assertThat(types).containsExactly(LeadEvents.CREATED, LeadEvents.ARCHIVED);
    }

    private static Map<String, Object> nullValue(String field) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(field, null);
        return body;
    }

    private static Map<String, Object> withCustomer(Map<String, Object> customer) {
        Map<String, Object> body = LeadApi.newLeadBody();
        body.put("customer", customer);
        return body;
    }

    private static Map<String, Object> with(String field, Object value, String customerName) {
        Map<String, Object> body = withCustomer(LeadApi.customer(customerName, LeadApi.uniqueMobile(), null));
        body.put(field, value);
        return body;
    }

    private static Map<String, Object> endorsementWith(long bpoLeadId, String field, Object value) {
        Map<String, Object> body = LeadApi.endorsementBody(bpoLeadId);
        body.put(field, value);
        return body;
    }
}
