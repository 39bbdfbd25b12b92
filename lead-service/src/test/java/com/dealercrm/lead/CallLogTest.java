package com.dealercrm.lead;

import static com.dealercrm.lead.LeadApi.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import com.dealercrm.lead.fake.OwnerServices;
import com.dealercrm.testsupport.KafkaTestResource;
import com.dealercrm.testsupport.PostgresTestResource;
import com.dealercrm.testsupport.TestTokens;
import com.dealercrm.testsupport.TestUsers;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Call logs per lead, and Call Logs across the leads the caller may see. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TestTokens.class)
@WithTestResource(OwnerServices.class)
class CallLogTest {

    @Test
    void leadCallsNewestFirst() {
        TestUsers.User agent = LeadApi.newAgent();
        String id = LeadApi.createLead(agent);
        String reference = as(agent).get("/api/leads/" + id).path("reference");
        String first = logCall(agent, id, "NO_ANSWER");
        String second = logCall(agent, id, "ANSWERED");

        as(agent).get("/api/leads/" + id + "/calls").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.id", contains(second, first))
                .body("items[0].leadId", equalTo(id))
                .body("items[0].leadReference", equalTo(reference))
                .body("items[0].userId", equalTo(agent.id()))
                .body("items[0].userName", equalTo(agent.username()))
                .body("items[0].durationSeconds", equalTo(120))
                .body("items[0].result", equalTo("ANSWERED"))
                .body("items[0].summary", equalTo("Talked about ANSWERED"))
                .body("items[0].loggedAt", notNullValue());
        as(agent).queryParam("size", 1).queryParam("page", 1).get("/api/leads/" + id + "/calls").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.id", contains(first));
    }

    @Test
    void callLogsCoverVisibleLeadsOnly() {
        TestUsers.User agent = LeadApi.newAgent();
        TestUsers.User otherAgent = LeadApi.newAgent();
        String own = LeadApi.createLead(agent);
        String others = LeadApi.createLead(otherAgent);
        String unassigned = LeadApi.createLead(TestUsers.MANAGER1);
        String ownCall = logCall(agent, own, "ANSWERED");
        String othersCall = logCall(otherAgent, others, "BUSY");
        String managerCall = logCall(TestUsers.MANAGER1, unassigned, "VOICEMAIL");

        as(agent).queryParam("userId", agent.id()).get("/api/calls").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items.id", contains(ownCall));
        as(agent).queryParam("userId", otherAgent.id()).get("/api/calls").then().statusCode(200)
                .body("total", equalTo(0));
        as(TestUsers.MANAGER1).queryParam("userId", otherAgent.id()).get("/api/calls").then().statusCode(200)
                .body("items.id", contains(othersCall));
        as(agent).queryParam("userId", TestUsers.MANAGER1.id()).queryParam("size", 200).get("/api/calls").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.hasItem(managerCall));
    }

    @Test
    void callLogsFilterByTime() {
        TestUsers.User agent = LeadApi.newAgent();
        String id = LeadApi.createLead(agent);
        String early = logCall(agent, id, "BUSY");
        Instant between = Instant.parse(as(agent).get("/api/leads/" + id + "/calls").path("items[0].loggedAt")).plusNanos(1000);
        String late = logCall(agent, id, "ANSWERED");

        as(agent).queryParam("userId", agent.id()).queryParam("from", between.toString()).get("/api/calls").then().statusCode(200)
                .body("items.id", contains(late));
        as(agent).queryParam("userId", agent.id()).queryParam("to", between.toString()).get("/api/calls").then().statusCode(200)
                .body("items.id", contains(early));
    }

    private static String logCall(TestUsers.User user, String leadId, String result) {
        return as(user).body(Map.of("durationSeconds", 120, "result", result, "summary", "Talked about " + result))
                .post("/api/leads/" + leadId + "/calls")
                .then().statusCode(201)
                .extract().path("id");
    }
}
