package com.dealercrm.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealercrm.events.FieldChange;
import com.dealercrm.testsupport.KafkaTestResource;
import com.dealercrm.testsupport.PostgresTestResource;
import com.dealercrm.testsupport.TestTokens;
import com.dealercrm.testsupport.TestUsers;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TestTokens.class)
class LeadTimelineTest {

    @Test
    void endorsedLeadWalkedToWon() {
        LeadStory story = new LeadStory(Instant.parse("2030-05-04T08:00:00Z"));
        var endorsed = story.endorsed("Maria Santos");
        var claimed = story.claimed(TestEvents.AGENT1);
        var edited = story.updated(TestEvents.AGENT1, new FieldChange("budget", "24000.00", "26000.00"));
        var call = story.callLogged(TestEvents.AGENT1, 245, "ANSWERED", "Agreed on a test drive");
        var linked = story.quotationLinked(TestEvents.AGENT1);
        var orderCreated = story.orderCreated(TestEvents.AGENT1);
        var linesChanged = story.orderLinesChanged(TestEvents.AGENT1);
        var confirmed = story.orderConfirmed(TestEvents.AGENT1, story.nextTime());
        var pickingCreated = story.pickingCreated();
        var reserved = story.pickingAssigned(TestEvents.AGENT1);
        Instant dateDone = story.nextTime();
        var validated = story.pickingValidated(TestEvents.AGENT1, dateDone);
        Instant dateWon = story.nextTime();
        var won = story.won(TestEvents.AGENT1, dateWon, true);
        var callback = story.callbackSucceeded("won", 1);

        JsonPath timeline = AuditApi.awaitTimeline(story.leadId, 13);

        List<Map<String, Object>> items = timeline.getList("items");
        assertThat(timeline.getInt("total")).isEqualTo(13);
        assertThat(timeline.getList("items.eventId")).containsExactly(
                endorsed.id(), claimed.id(), edited.id(), call.id(), linked.id(), orderCreated.id(), linesChanged.id(),
                confirmed.id(), pickingCreated.id(), reserved.id(), validated.id(), won.id(), callback.id());
        assertThat(timeline.getList("items.occurredAt")).containsExactly(
                endorsed.time().toString(), claimed.time().toString(), edited.time().toString(), call.time().toString(),
                linked.time().toString(), orderCreated.time().toString(), linesChanged.time().toString(),
                confirmed.time().toString(), pickingCreated.time().toString(), reserved.time().toString(),
                validated.time().toString(), won.time().toString(), callback.time().toString());
        assertThat(timeline.getList("items.actor.name")).containsExactly(
                "service-account-bpo-crm", "agent1", "agent1", "agent1", "agent1", "agent1", "agent1", "agent1",
                "delivery-service", "agent1", "agent1", "agent1", "bpo-connector");
        assertThat(timeline.getList("items.aggregate.type")).containsExactly(
                "lead", "lead", "lead", "lead", "lead", "sale-order", "sale-order", "sale-order",
                "picking", "picking", "picking", "lead", "bpo-callback");
        assertThat(timeline.getList("items.leadId")).containsOnly(story.leadId);
        assertThat(items.get(0).get("actor")).isEqualTo(Map.of("id", TestUsers.BPO_CRM.id(), "name", "service-account-bpo-crm"));

        assertThat(timeline.getList("items.body", String.class)).containsExactly(
                "Lead endorsed from BPO CRM by Maria Santos (source " + story.bpoReference + ", "
                        + LeadStory.BPO_URL_PREFIX + story.bpoLeadId + ").",
                "Lead claimed by agent1.",
                "Edited budget.",
                "Call logged (Answered, 4 min 5 s): Agreed on a test drive.",
                "Quotation " + story.saleOrderName + " created from this lead.",
                "Quotation " + story.saleOrderName + " created for Ana Reyes from " + story.reference + ", total 25000.00.",
                "Order lines of " + story.saleOrderName + " changed, total now 24500.00.",
                "Quotation " + story.saleOrderName + " confirmed as a sales order, total 24500.00.",
                "Delivery order " + story.pickingName + " created for " + story.saleOrderName + ", 1 unit(s) to deliver.",
                "Check Availability reserved stock for delivery order " + story.pickingName + ".",
                "Delivery order " + story.pickingName + " validated by agent1 on " + dateDone + ", 1 of 1 unit(s) delivered.",
                "Stage changed from Negotiation to Won.",
                "BPO CRM source lead " + story.bpoReference + " updated to won.");
    }

    @Test
    void trackedChangesCarryOldAndNew() {
        LeadStory story = new LeadStory(Instant.parse("2030-05-05T08:00:00Z"));
        story.created(TestEvents.AGENT1);
        story.updated(TestEvents.AGENT1, new FieldChange("customer.mobile", "+639171234567", "+639179999999"),
                new FieldChange("notes", null, "Prefers white"));
        story.reassigned(TestEvents.AGENT2, TestEvents.MANAGER1);
        story.stageChanged("QUALIFIED", TestEvents.AGENT2);

        JsonPath timeline = AuditApi.awaitTimeline(story.leadId, 4);

        assertThat(timeline.getString("items[0].body")).isEqualTo("Lead " + story.reference + " created in stage New, owned by agent1.");
        assertThat(timeline.getString("items[1].body")).isEqualTo("Edited customer mobile and notes.");
        assertThat(timeline.getList("items[1].changes")).containsExactly(
                Map.of("field", "customer.mobile", "old", "+639171234567", "new", "+639179999999"),
                mapOf("notes", null, "Prefers white"));
        assertThat(timeline.getString("items[2].body")).isEqualTo("Lead reassigned from agent1 to agent2.");
        assertThat(timeline.getString("items[2].actor.name")).isEqualTo("manager1");
        assertThat(timeline.getList("items[2].changes")).contains(Map.of("field", "ownerName", "old", "agent1", "new", "agent2"));
        assertThat(timeline.getString("items[3].body")).isEqualTo("Stage changed from New to Qualified.");
        assertThat(timeline.getList("items[3].changes")).containsExactly(Map.of("field", "stage", "old", "NEW", "new", "QUALIFIED"));
    }

    @Test
    void lostLeadShowsReasonAndNotes() {
        LeadStory story = new LeadStory(Instant.parse("2030-05-06T08:00:00Z"));
        story.created(TestEvents.AGENT1);
        Instant dateLost = story.nextTime();
        story.lost(TestEvents.AGENT1, dateLost, "CHOSE_COMPETITOR", "Went with the dealer across town", false);

        JsonPath timeline = AuditApi.awaitTimeline(story.leadId, 2);

        assertThat(timeline.getString("items[1].body"))
                .isEqualTo("Stage changed from New to Lost, reason: Chose Competitor, notes: Went with the dealer across town.");
        assertThat(timeline.getList("items[1].changes")).contains(
                mapOf("lostReason", null, "CHOSE_COMPETITOR"),
                mapOf("dateLost", null, dateLost.toString()));
    }

    @Test
    void failedCallbackShowsErrorText() {
        LeadStory story = new LeadStory(Instant.parse("2030-05-07T08:00:00Z"));
        story.endorsed("Maria Santos");
        story.callbackFailed("won", 3, "Connection refused: 127.0.0.1:8069");

        JsonPath timeline = AuditApi.awaitTimeline(story.leadId, 2);

        assertThat(timeline.getString("items[1].body")).isEqualTo("BPO CRM callback failed: Connection refused: 127.0.0.1:8069");
        assertThat(timeline.getString("items[1].type")).isEqualTo("dealer.bpo-callback.failed");
    }

    private static Map<String, Object> mapOf(String field, String old, String newValue) {
        var map = new java.util.HashMap<String, Object>();
        map.put("field", field);
        map.put("old", old);
        map.put("new", newValue);
        return map;
    }
}
