package com.dealercrm.lead;

import static com.dealercrm.lead.LeadApi.as;
import static org.hamcrest.Matchers.equalTo;

import com.dealercrm.lead.fake.OwnerServices;
import com.dealercrm.testsupport.KafkaTestResource;
import com.dealercrm.testsupport.PostgresTestResource;
import com.dealercrm.testsupport.TestTokens;
import com.dealercrm.testsupport.TestUsers;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The pipeline rules: forward only, one stage at a time, Won and Lost only through their own actions. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TestTokens.class)
@WithTestResource(OwnerServices.class)
class LeadStageTest {

    @Test
    void skippingQualifiedConflicts() {
        String id = LeadApi.createLead(TestUsers.AGENT1);
        String reference = reference(id);

        changeStage(id, "NEGOTIATION").then().statusCode(409)
                .body("detail", equalTo("Qualified cannot be skipped: move lead " + reference
                        + " from New to Qualified first, one stage at a time."));
        assertStage(id, "NEW", 0);
    }

    @Test
    void goingBackConflicts() {
        String id = LeadApi.createLead(TestUsers.AGENT1);
        LeadApi.moveTo(TestUsers.AGENT1, id, "QUALIFIED");
        LeadApi.moveTo(TestUsers.AGENT1, id, "NEGOTIATION");

        changeStage(id, "NEW").then().statusCode(409)
                .body("detail", equalTo("Stages only move forward: lead " + reference(id) + " cannot go back from Negotiation to New."));
        changeStage(id, "QUALIFIED").then().statusCode(409);
        assertStage(id, "NEGOTIATION", 2);
    }

    @Test
    void sameStageConflicts() {
        String id = LeadApi.createLead(TestUsers.AGENT1);

        changeStage(id, "NEW").then().statusCode(409)
                .body("detail", equalTo("Lead " + reference(id) + " is already in New."));
    }

    @Test
    void wonThroughStageConflicts() {
        String id = LeadApi.endorseNewLead();
        as(TestUsers.AGENT1).post("/api/leads/" + id + "/claim").then().statusCode(200);

        changeStage(id, "WON").then().statusCode(409)
                .body("detail", equalTo("A lead reaches Won only through Mark Won, which checks the sale order and its deliveries; "
                        + "use POST /api/leads/" + id + "/mark-won."));
        assertStage(id, "NEGOTIATION", 1);
    }

    @Test
    void lostThroughStageConflicts() {
        String id = LeadApi.createLead(TestUsers.AGENT1);

        changeStage(id, "LOST").then().statusCode(409)
                .body("detail", equalTo("A lead reaches Lost only through Mark Lost, which records the reason; "
                        + "use POST /api/leads/" + id + "/mark-lost."));
        assertStage(id, "NEW", 0);
    }

    @Test
    void closedLeadStaysClosed() {
        String id = LeadApi.createLead(TestUsers.AGENT1);
        as(TestUsers.AGENT1).body(Map.of("reason", "PRICE_TOO_HIGH")).post("/api/leads/" + id + "/mark-lost").then().statusCode(200);
        String reference = reference(id);

        changeStage(id, "QUALIFIED").then().statusCode(409)
                .body("detail", equalTo("Lead " + reference + " is Lost, and a closed lead cannot change stage."));
        as(TestUsers.AGENT1).body(Map.of("reason", "OTHER")).post("/api/leads/" + id + "/mark-lost").then().statusCode(409)
                .body("detail", equalTo("Lead " + reference + " is Lost, and a closed lead cannot be marked lost."));
        as(TestUsers.AGENT1).post("/api/leads/" + id + "/mark-won").then().statusCode(409)
                .body("detail", equalTo("Lead " + reference + " is Lost, and a closed lead cannot be marked won."));
        as(TestUsers.AGENT1).body(Map.of("durationSeconds", 5, "result", "BUSY")).post("/api/leads/" + id + "/calls").then()
                .statusCode(409)
                .body("detail", equalTo("Lead " + reference + " is Lost, and a closed lead cannot have calls logged."));
        as(TestUsers.AGENT1).get("/api/leads/" + id).then().statusCode(200)
                .body("stage", equalTo("LOST"))
                .body("lostReason", equalTo("PRICE_TOO_HIGH"));
    }

    @Test
    void markLostFromEveryOpenStage() {
        String fromNew = LeadApi.createLead(TestUsers.AGENT1);
        String fromQualified = LeadApi.createLead(TestUsers.AGENT1);
        LeadApi.moveTo(TestUsers.AGENT1, fromQualified, "QUALIFIED");
        String fromNegotiation = LeadApi.endorseNewLead();
        as(TestUsers.AGENT1).post("/api/leads/" + fromNegotiation + "/claim").then().statusCode(200);

        for (String id : new String[] {fromNew, fromQualified, fromNegotiation}) {
            as(TestUsers.AGENT1).body(Map.of("reason", "NOT_READY_TO_BUY")).post("/api/leads/" + id + "/mark-lost")
                    .then().statusCode(200)
                    .body("stage", equalTo("LOST"))
                    .body("lostNotes", equalTo(null));
        }
    }

    @Test
    void markLostLeavesLinkedOrder() throws Exception {
        String id = LeadApi.createLead(TestUsers.AGENT1);
        LeadApi.linkSaleOrder(id, "SO00077");

        as(TestUsers.AGENT1).body(Map.of("reason", "FINANCING_ISSUES", "notes", "Loan refused"))
                .post("/api/leads/" + id + "/mark-lost")
                .then().statusCode(200)
                .body("stage", equalTo("LOST"))
                .body("saleOrderName", equalTo("SO00077"));
    }

    private static io.restassured.response.Response changeStage(String id, String stage) {
        return as(TestUsers.AGENT1).body(Map.of("stage", stage)).post("/api/leads/" + id + "/stage");
    }

    private static String reference(String id) {
        return as(TestUsers.AGENT1).get("/api/leads/" + id).path("reference");
    }

    private static void assertStage(String id, String stage, int version) {
        as(TestUsers.AGENT1).get("/api/leads/" + id).then().statusCode(200)
                .body("stage", equalTo(stage))
                .body("version", equalTo(version));
    }
}
