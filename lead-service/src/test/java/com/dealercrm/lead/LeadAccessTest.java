package com.dealercrm.lead;

import static com.dealercrm.lead.LeadApi.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.dealercrm.lead.fake.OwnerServices;
import com.dealercrm.testsupport.KafkaTestResource;
import com.dealercrm.testsupport.PostgresTestResource;
import com.dealercrm.testsupport.TestTokens;
import com.dealercrm.testsupport.TestUsers;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Who may see and do what: tokens, roles, ownership, and the 401, 403, 404 and 409 refusals. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TestTokens.class)
@WithTestResource(OwnerServices.class)
class LeadAccessTest {

    private record Endpoint(String method, String path, Map<String, Object> body) {

        Response send(RequestSpecification request, String leadId) {
            RequestSpecification withBody = body == null ? request : request.contentType(ContentType.JSON).body(body);
            return withBody.request(method, path.replace("{id}", leadId));
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static final List<Endpoint> LEAD_ENDPOINTS = List.of(
            new Endpoint("GET", "/api/leads/{id}", null),
            new Endpoint("PATCH", "/api/leads/{id}", Map.of("notes", "changed")),
            new Endpoint("POST", "/api/leads/{id}/stage", Map.of("stage", "QUALIFIED")),
            new Endpoint("POST", "/api/leads/{id}/claim", null),
            new Endpoint("POST", "/api/leads/{id}/convert-to-quotation", null),
            new Endpoint("POST", "/api/leads/{id}/mark-won", null),
            new Endpoint("POST", "/api/leads/{id}/mark-lost", Map.of("reason", "OTHER")),
            new Endpoint("POST", "/api/leads/{id}/archive", null),
            new Endpoint("POST", "/api/leads/{id}/unarchive", null),
            new Endpoint("POST", "/api/leads/{id}/calls", Map.of("durationSeconds", 10, "result", "BUSY")),
            new Endpoint("GET", "/api/leads/{id}/calls", null));

    private static final List<Endpoint> MANAGER_ENDPOINTS = List.of(
            new Endpoint("POST", "/api/leads/{id}/assign", Map.of("userId", TestUsers.AGENT2.id())),
            new Endpoint("DELETE", "/api/leads/{id}", null));

    private static final List<Endpoint> LIST_ENDPOINTS = List.of(
            new Endpoint("POST", "/api/leads", LeadApi.newLeadBody()),
            new Endpoint("GET", "/api/leads", null),
            new Endpoint("GET", "/api/leads/pipeline", null),
            new Endpoint("GET", "/api/calls", null));

    private static final Endpoint ENDORSE = new Endpoint("POST", "/api/endorsements", LeadApi.endorsementBody(LeadApi.uniqueBpoLeadId()));

    @Test
    void missingTokenIs401() {
        String id = LeadApi.createLead(TestUsers.AGENT1);

        for (Endpoint endpoint : all()) {
            endpoint.send(given(), id).then().statusCode(401).contentType("application/problem+json");
        }
        assertUnchanged(id);
    }

    @Test
    void expiredOrForeignTokenIs401() {
        String id = LeadApi.createLead(TestUsers.AGENT1);
        String expired = TestTokens.expiredTokenFor(TestUsers.AGENT1);

        for (Endpoint endpoint : all()) {
            endpoint.send(given().auth().oauth2(expired), id).then().statusCode(401);
            endpoint.send(given().auth().oauth2("not-a-token"), id).then().statusCode(401);
        }
    }

    @Test
    void bpoIntegrationMayOnlyEndorse() {
        String id = LeadApi.createLead(TestUsers.MANAGER1);
        RequestSpecification bpo = given().auth().oauth2(TestTokens.tokenFor(TestUsers.BPO_CRM));

        for (Endpoint endpoint : concat(LEAD_ENDPOINTS, MANAGER_ENDPOINTS, LIST_ENDPOINTS)) {
            endpoint.send(bpo, id).then().statusCode(403).body("detail", equalTo("Your role does not allow this action."));
        }
        assertUnchanged(id);
    }

    @Test
    void dealerRolesMayNotEndorse() {
        for (TestUsers.User user : List.of(TestUsers.AGENT1, TestUsers.MANAGER1, TestUsers.ADMIN1)) {
            ENDORSE.send(as(user), "").then().statusCode(403);
        }
        as(TestUsers.MANAGER1).queryParam("q", ENDORSE.body().get("bpoReference")).get("/api/leads")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void dealerUserMayNotAssignOrDelete() {
        String own = LeadApi.createLead(TestUsers.AGENT1);
        String unassigned = LeadApi.endorseNewLead();

        for (String id : List.of(own, unassigned)) {
            for (Endpoint endpoint : MANAGER_ENDPOINTS) {
                endpoint.send(as(TestUsers.AGENT1), id).then().statusCode(403);
            }
        }
        assertUnchanged(own);
        as(TestUsers.MANAGER1).get("/api/leads/" + unassigned).then().statusCode(200).body("version", equalTo(0));
    }

    @Test
    void othersLeadIsNotFoundToDealerUser() {
        String id = LeadApi.createLead(TestUsers.AGENT1);

        for (Endpoint endpoint : LEAD_ENDPOINTS) {
            endpoint.send(as(TestUsers.AGENT2), id).then().statusCode(404)
                    .contentType("application/problem+json")
                    .body("detail", containsString(id));
        }
        assertUnchanged(id);
        assertThat(LeadEventLog.awaitEvents(id, 1)).hasSize(1);
    }

    @Test
    void othersLeadIsMissingFromLists() {
        Map<String, Object> body = LeadApi.newLeadBody();
        String id = LeadApi.createLead(TestUsers.AGENT1, body);
        as(TestUsers.AGENT1).body(Map.of("durationSeconds", 30, "result", "ANSWERED")).post("/api/leads/" + id + "/calls")
                .then().statusCode(201);
        String name = (String) ((Map<?, ?>) body.get("customer")).get("name");

        as(TestUsers.AGENT2).queryParam("q", name).get("/api/leads").then().statusCode(200).body("total", equalTo(0));
        as(TestUsers.AGENT2).queryParam("owner", TestUsers.AGENT1.id()).get("/api/leads").then().statusCode(200)
                .body("total", equalTo(0));
        as(TestUsers.AGENT2).queryParam("size", 200).get("/api/calls").then().statusCode(200)
                .body("items.leadId", not(hasItem(id)));
        as(TestUsers.AGENT1).queryParam("q", name).get("/api/leads").then().statusCode(200).body("total", equalTo(1));
        as(TestUsers.MANAGER1).queryParam("q", name).get("/api/leads").then().statusCode(200).body("total", equalTo(1));
        as(TestUsers.MANAGER1).queryParam("userId", TestUsers.AGENT1.id()).queryParam("size", 200).get("/api/calls")
                .then().statusCode(200).body("items.leadId", hasItem(id));
    }

    @Test
    void unassignedLeadMustBeClaimedFirst() {
        String id = LeadApi.endorseNewLead();
        List<Endpoint> work = LEAD_ENDPOINTS.stream()
                .filter(endpoint -> !endpoint.method().equals("GET") && !endpoint.path().endsWith("/claim"))
                .toList();

        for (Endpoint endpoint : work) {
            endpoint.send(as(TestUsers.AGENT1), id).then().statusCode(409)
                    .body("detail", containsString("is unassigned; claim it before working on it."));
        }
        as(TestUsers.AGENT1).get("/api/leads/" + id).then().statusCode(200).body("version", equalTo(0));
        as(TestUsers.AGENT1).get("/api/leads/" + id + "/calls").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void managersWorkEveryLead() {
        String id = LeadApi.createLead(TestUsers.AGENT1);

        as(TestUsers.MANAGER1).body(Map.of("stage", "QUALIFIED")).post("/api/leads/" + id + "/stage").then().statusCode(200);
        as(TestUsers.ADMIN1).body(Map.of("notes", "Called back")).patch("/api/leads/" + id).then().statusCode(200);
        as(TestUsers.ADMIN1).body(Map.of("durationSeconds", 60, "result", "VOICEMAIL")).post("/api/leads/" + id + "/calls")
                .then().statusCode(201).body("userName", equalTo("admin1"));

        as(TestUsers.AGENT1).get("/api/leads/" + id).then().statusCode(200)
                .body("stage", equalTo("QUALIFIED"))
                .body("notes", equalTo("Called back"))
                .body("ownerId", equalTo(TestUsers.AGENT1.id()));
    }

    @Test
    void claimOfOwnedLeadConflicts() {
        String id = LeadApi.createLead(TestUsers.AGENT1);

        as(TestUsers.AGENT1).post("/api/leads/" + id + "/claim").then().statusCode(409)
                .body("detail", containsString("You already own lead"));
        as(TestUsers.MANAGER1).post("/api/leads/" + id + "/claim").then().statusCode(409)
                .body("detail", containsString("is already owned by agent1"));
        assertUnchanged(id);
    }

    @Test
    void closedLeadCannotBeClaimed() {
        String id = LeadApi.createLead(TestUsers.MANAGER1);
        as(TestUsers.MANAGER1).body(Map.of("reason", "BUYER_CANCELLED")).post("/api/leads/" + id + "/mark-lost").then().statusCode(200);

        as(TestUsers.AGENT1).post("/api/leads/" + id + "/claim").then().statusCode(409)
                .body("detail", containsString("is Lost, and a closed lead cannot be claimed."));
        as(TestUsers.AGENT1).get("/api/leads/" + id).then().statusCode(200).body("ownerId", equalTo(null));
    }

    @Test
    void deleteOfLinkedLeadConflicts() throws SQLException {
        String id = LeadApi.createLead(TestUsers.AGENT1);
        LeadApi.linkSaleOrder(id, "SO00042");

        as(TestUsers.MANAGER1).delete("/api/leads/" + id).then().statusCode(409)
                .body("detail", containsString("is linked to sale order SO00042 and cannot be deleted; archive it instead."));
        as(TestUsers.AGENT1).get("/api/leads/" + id).then().statusCode(200)
                .body("saleOrderName", equalTo("SO00042"))
                .body("actions", hasItem("OPEN_QUOTATION"))
                .body("actions", not(hasItem("CONVERT_TO_QUOTATION")));
    }

    @Test
    void unknownLeadIsNotFound() {
        String id = UUID.randomUUID().toString();

        for (Endpoint endpoint : concat(LEAD_ENDPOINTS, MANAGER_ENDPOINTS)) {
            endpoint.send(as(TestUsers.ADMIN1), id).then().statusCode(404);
        }
    }

    private static void assertUnchanged(String id) {
        as(TestUsers.AGENT1).get("/api/leads/" + id).then().statusCode(200)
                .body("version", equalTo(0))
                .body("stage", equalTo("NEW"))
                .body("notes", equalTo(null))
                .body("active", equalTo(true));
    }

    private static List<Endpoint> all() {
        return concat(LEAD_ENDPOINTS, MANAGER_ENDPOINTS, LIST_ENDPOINTS, List.of(ENDORSE));
    }

    @SafeVarargs
    private static List<Endpoint> concat(List<Endpoint>... lists) {
        return java.util.Arrays.stream(lists).flatMap(List::stream).toList();
    }
}
