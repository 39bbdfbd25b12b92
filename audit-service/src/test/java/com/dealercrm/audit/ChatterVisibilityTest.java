package com.dealercrm.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.dealercrm.testsupport.KafkaTestResource;
import com.dealercrm.testsupport.PostgresTestResource;
import com.dealercrm.testsupport.TestTokens;
import com.dealercrm.testsupport.TestUsers;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TestTokens.class)
class ChatterVisibilityTest {

    @Test
    void unassignedLeadVisibleToEveryAgent() {
        LeadStory story = new LeadStory(Instant.parse("2030-06-01T08:00:00Z"));
        story.endorsed("Maria Santos");
        AuditApi.awaitTimeline(story.leadId, 1);

        AuditApi.timeline(TestUsers.AGENT1, story.leadId).then().statusCode(200).body("total", equalTo(1));
        AuditApi.timeline(TestUsers.AGENT2, story.leadId).then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void claimedLeadHiddenFromOtherAgent() {
        LeadStory story = new LeadStory(Instant.parse("2030-06-02T08:00:00Z"));
        story.endorsed("Maria Santos");
        story.claimed(TestEvents.AGENT1);
        AuditApi.awaitTimeline(story.leadId, 2);

        AuditApi.timeline(TestUsers.AGENT1, story.leadId).then().statusCode(200).body("total", equalTo(2));
        AuditApi.timeline(TestUsers.AGENT2, story.leadId).then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString(story.leadId));
        AuditApi.timeline(TestUsers.MANAGER1, story.leadId).then().statusCode(200).body("total", equalTo(2));
        AuditApi.timeline(TestUsers.ADMIN1, story.leadId).then().statusCode(200).body("total", equalTo(2));
    }

    @Test
    void reassignedLeadFollowsNewOwner() {
        LeadStory story = new LeadStory(Instant.parse("2030-06-03T08:00:00Z"));
        story.created(TestEvents.AGENT1);
        story.reassigned(TestEvents.AGENT2, TestEvents.MANAGER1);
        AuditApi.awaitTimeline(story.leadId, 2);

        AuditApi.timeline(TestUsers.AGENT1, story.leadId).then().statusCode(404);
        AuditApi.timeline(TestUsers.AGENT2, story.leadId).then().statusCode(200).body("total", equalTo(2));
    }

    @Test
    void deletedLeadHiddenFromOwner() {
        LeadStory story = new LeadStory(Instant.parse("2030-06-04T08:00:00Z"));
        story.created(TestEvents.AGENT1);
        story.deleted(TestEvents.MANAGER1);
        AuditApi.awaitTimeline(story.leadId, 2);

        AuditApi.timeline(TestUsers.AGENT1, story.leadId).then().statusCode(404);
        AuditApi.timeline(TestUsers.MANAGER1, story.leadId).then()
                .statusCode(200)
                .body("items[1].body", equalTo("Lead " + story.reference + " deleted."));
    }

    @Test
    void unknownLeadIsNotFound() {
        String unknown = UUID.randomUUID().toString();

        AuditApi.timeline(TestUsers.AGENT1, unknown).then().statusCode(404);
        AuditApi.timeline(TestUsers.MANAGER1, unknown).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void malformedLeadIdIsBadRequest() {
        AuditApi.timeline(TestUsers.MANAGER1, "DLEAD-42").then()
                .statusCode(400)
                .body("errors[0].field", equalTo("leadId"))
                .body("detail", containsString("DLEAD-42"));
    }

    @Test
    void timelineRejectsOtherRoles() {
        String leadId = UUID.randomUUID().toString();

        AuditApi.timeline(TestUsers.BPO_CRM, leadId).then().statusCode(403).contentType("application/problem+json");
        given().get("/api/audit/leads/{leadId}/messages", leadId).then().statusCode(401);
        given().auth().oauth2(TestTokens.expiredTokenFor(TestUsers.AGENT1))
                .get("/api/audit/leads/{leadId}/messages", leadId).then().statusCode(401);
    }

    @Test
    void managerFunctionsRejectAgents() {
        AuditApi.as(TestUsers.AGENT1).get("/api/audit/messages").then().statusCode(403);
        AuditApi.as(TestUsers.AGENT1).get("/api/audit/reports/lost-reasons").then().statusCode(403);
        AuditApi.as(TestUsers.AGENT1).get("/api/audit/reports/bpo-sync").then().statusCode(403);
        AuditApi.as(TestUsers.MANAGER1).get("/api/audit/integrity").then().statusCode(403);
        AuditApi.as(TestUsers.BPO_CRM).get("/api/audit/messages").then().statusCode(403);
    }

    @Test
    void pagesOfTimelineAreOldestFirst() {
        LeadStory story = new LeadStory(Instant.parse("2030-06-05T08:00:00Z"));
        var created = story.created(TestEvents.AGENT1);
        story.stageChanged("QUALIFIED", TestEvents.AGENT1);
        var third = story.stageChanged("NEGOTIATION", TestEvents.AGENT1);
        AuditApi.awaitTimeline(story.leadId, 3);

        var firstPage = AuditApi.as(TestUsers.AGENT1).get("/api/audit/leads/{id}/messages?page=0&size=2", story.leadId)
                .then().statusCode(200).extract().jsonPath();
        var secondPage = AuditApi.as(TestUsers.AGENT1).get("/api/audit/leads/{id}/messages?page=1&size=2", story.leadId)
                .then().statusCode(200).extract().jsonPath();

        assertThat(firstPage.getInt("total")).isEqualTo(3);
        assertThat(firstPage.getInt("size")).isEqualTo(2);
        assertThat(firstPage.getString("items[0].eventId")).isEqualTo(created.id());
        assertThat(secondPage.getList("items.eventId")).containsExactly(third.id());
    }
}
