package com.dealercrm.lead;

import static com.dealercrm.lead.LeadApi.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.dealercrm.events.EventEnvelope;
import com.dealercrm.events.EventJson;
import com.dealercrm.events.LeadEvents;
import com.dealercrm.lead.fake.OwnerServices;
import com.dealercrm.testsupport.KafkaTestResource;
import com.dealercrm.testsupport.PostgresTestResource;
import com.dealercrm.testsupport.TestTokens;
import com.dealercrm.testsupport.TestUsers;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Claims and assignments: one owner at a time, also under concurrent claims. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TestTokens.class)
@WithTestResource(OwnerServices.class)
class LeadClaimTest {

    @Test
    void concurrentClaimsGiveOneOwner() throws Exception {
        String id = LeadApi.endorseNewLead();

        List<Response> responses = Concurrently.run(List.of(
                () -> as(TestUsers.AGENT1).post("/api/leads/" + id + "/claim"),
                () -> as(TestUsers.AGENT2).post("/api/leads/" + id + "/claim")));

        // A dealer user may not read a lead another user owns, so the claim that lost the race returns 404.
        assertThat(responses).extracting(Response::statusCode).containsExactlyInAnyOrder(200, 404);
        Response winner = responses.stream().filter(response -> response.statusCode() == 200).findFirst().orElseThrow();
        String owner = winner.path("ownerId");
        TestUsers.User other = owner.equals(TestUsers.AGENT1.id()) ? TestUsers.AGENT2 : TestUsers.AGENT1;
        as(other).get("/api/leads/" + id).then().statusCode(404);
        as(TestUsers.MANAGER1).get("/api/leads/" + id).then().body("ownerId", equalTo(owner)).body("version", equalTo(1));
        assertSingleClaim(id, owner);
    }

    @Test
    void doubleClickClaimGivesOneClaim() throws Exception {
        String id = LeadApi.endorseNewLead();

        List<Response> responses = Concurrently.times(4, () -> as(TestUsers.AGENT1).post("/api/leads/" + id + "/claim"));

        assertThat(responses).extracting(Response::statusCode).containsExactlyInAnyOrder(200, 409, 409, 409);
        assertSingleClaim(id, TestUsers.AGENT1.id());
    }

    @Test
    void assignShowsKnownUserName() {
        String id = LeadApi.endorseNewLead();
        LeadApi.createLead(TestUsers.AGENT2);

        as(TestUsers.ADMIN1).body(Map.of("userId", TestUsers.AGENT2.id())).post("/api/leads/" + id + "/assign")
                .then().statusCode(200)
                .body("ownerId", equalTo(TestUsers.AGENT2.id()))
                .body("ownerName", equalTo("agent2"));
        as(TestUsers.AGENT2).get("/api/leads/" + id).then().statusCode(200);
    }

    @Test
    void assignOfClosedLeadAllowed() {
        String id = LeadApi.createLead(TestUsers.AGENT1);
        as(TestUsers.AGENT1).body(Map.of("reason", "OTHER")).post("/api/leads/" + id + "/mark-lost").then().statusCode(200);

        as(TestUsers.MANAGER1).body(Map.of("userId", TestUsers.AGENT2.id(), "userName", "agent2")).post("/api/leads/" + id + "/assign")
                .then().statusCode(200)
                .body("ownerId", equalTo(TestUsers.AGENT2.id()))
                .body("stage", equalTo("LOST"));
    }

    private static void assertSingleClaim(String id, String owner) {
        as(TestUsers.MANAGER1).post("/api/leads/" + id + "/archive").then().statusCode(200);
        List<EventEnvelope> events = LeadEventLog.awaitEvents(id, 3);
        assertThat(events).extracting(EventEnvelope::type)
                .containsExactly(LeadEvents.ENDORSED, LeadEvents.ASSIGNED, LeadEvents.ARCHIVED);
        LeadEvents.LeadAssigned claim = EventJson.data(events.get(1), LeadEvents.LeadAssigned.class);
        assertThat(claim.toUserId()).isEqualTo(owner);
        assertThat(claim.claimed()).isTrue();
        assertThat(events.get(1).actorid()).isEqualTo(owner);
    }
}
