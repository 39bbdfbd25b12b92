package com.dealercrm.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.dealercrm.testsupport.KafkaTestResource;
import com.dealercrm.testsupport.PostgresTestResource;
import com.dealercrm.testsupport.TestTokens;
import com.dealercrm.testsupport.TestUsers;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The three typical audit questions of the dealer staff, answered through the API. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TestTokens.class)
class AuditQuestionsTest {

    /** "Walk me through DLEAD/00042 from endorsement to delivered." */
    @Test
    void walkThroughLeadByReference() {
        LeadStory story = new LeadStory(Instant.parse("2031-01-10T08:00:00Z"));
        story.endorsed("Maria Santos");
        story.claimed(TestEvents.AGENT1);
        story.quotationLinked(TestEvents.AGENT1);
        story.orderCreated(TestEvents.AGENT1);
        story.orderConfirmed(TestEvents.AGENT1, story.nextTime());
        story.pickingCreated();
        story.pickingAssigned(TestEvents.AGENT1);
        Instant dateDone = story.nextTime();
        story.pickingValidated(TestEvents.AGENT1, dateDone);
        Instant dateWon = story.nextTime();
        story.won(TestEvents.AGENT1, dateWon, true);
        story.callbackSucceeded("won", 1);

        JsonPath found = AuditApi.awaitSearch(1, "reference=" + story.reference + "&type=dealer.lead.endorsed");
        String leadId = found.getString("items[0].aggregate.id");
        JsonPath timeline = AuditApi.awaitTimeline(leadId, 10);

        Map<String, Object> endorsement = message(timeline, "dealer.lead.endorsed");
        assertThat((String) endorsement.get("body")).contains("by Maria Santos", LeadStory.BPO_URL_PREFIX + story.bpoLeadId);
        assertThat(endorsement.get("occurredAt")).isNotNull();
        assertThat(timeline.getList("items.type")).containsSubsequence(
                "dealer.lead.endorsed", "dealer.lead.quotation-linked", "dealer.sale-order.confirmed",
                "dealer.picking.validated", "dealer.lead.won", "dealer.bpo-callback.succeeded");
        assertThat(message(timeline, "dealer.sale-order.confirmed").get("body")).asString().contains(story.saleOrderName, "confirmed");
        Map<String, Object> delivery = message(timeline, "dealer.picking.validated");
        assertThat((String) delivery.get("body")).contains(story.pickingName, "validated by agent1 on " + dateDone);
        Map<String, Object> won = message(timeline, "dealer.lead.won");
        assertThat(won.get("body")).isEqualTo("Stage changed from Negotiation to Won.");
        assertThat(changeValue(won, "dateWon")).isEqualTo(dateWon.toString());
        assertThat(LocalDate.ofInstant(Instant.parse(changeValue(delivery, "dateDone")), ZoneOffset.UTC))
                .isEqualTo(LocalDate.ofInstant(dateWon, ZoneOffset.UTC));
        assertThat(message(timeline, "dealer.bpo-callback.succeeded").get("body"))
                .isEqualTo("BPO CRM source lead " + story.bpoReference + " updated to won.");
    }

    /** "Did the BPO callback fire for every won endorsed lead?" */
    @Test
    void callbackGapsOfWonEndorsedLeads() {
        LeadStory synced = wonEndorsed("2031-02-01T08:00:00Z");
        synced.callbackSucceeded("won", 1);
        LeadStory failed = wonEndorsed("2031-02-02T08:00:00Z");
        failed.callbackFailed("won", 5, "BPO CRM refused the call: odoo.exceptions.UserError");
        LeadStory neverCalledBack = wonEndorsed("2031-02-03T08:00:00Z");
        LeadStory retried = wonEndorsed("2031-02-04T08:00:00Z");
        retried.callbackFailed("won", 1, "Connection refused");
        retried.callbackSucceeded("won", 2);
        LeadStory lostFailed = new LeadStory(Instant.parse("2031-02-05T08:00:00Z"));
        lostFailed.endorsed("Maria Santos");
        lostFailed.lost(TestEvents.AGENT1, lostFailed.nextTime(), "PRICE_TOO_HIGH", null, true);
        lostFailed.callbackFailed("lost", 2, "Timed out after 10 s");
        LeadStory manual = new LeadStory(Instant.parse("2031-02-06T08:00:00Z"));
        manual.created(TestEvents.AGENT1);
        manual.won(TestEvents.AGENT1, manual.nextTime(), false);

        AuditApi.awaitTimeline(synced.leadId, 3);
        AuditApi.awaitTimeline(failed.leadId, 3);
        AuditApi.awaitTimeline(neverCalledBack.leadId, 2);
        AuditApi.awaitTimeline(retried.leadId, 4);
        AuditApi.awaitTimeline(lostFailed.leadId, 3);
        AuditApi.awaitTimeline(manual.leadId, 2);
        List<Map<String, Object>> gaps = await().atMost(Duration.ofSeconds(30))
                .until(() -> bpoSyncReport().getList("items"), items -> leadIds(items).contains(failed.leadId));

        assertThat(leadIds(gaps)).contains(failed.leadId, neverCalledBack.leadId, lostFailed.leadId);
        assertThat(leadIds(gaps)).doesNotContain(synced.leadId, retried.leadId, manual.leadId);
        Map<String, Object> failedGap = gap(gaps, failed.leadId);
        assertThat(failedGap.get("reference")).isEqualTo(failed.reference);
        assertThat(failedGap.get("outcome")).isEqualTo("won");
        assertThat(failedGap.get("callbackStatus")).isEqualTo("FAILED");
        assertThat(failedGap.get("lastError")).isEqualTo("BPO CRM refused the call: odoo.exceptions.UserError");
        assertThat(failedGap.get("attempts")).isEqualTo(5);
        assertThat(failedGap.get("bpoSourceReference")).isEqualTo(failed.bpoReference);
        assertThat(gap(gaps, neverCalledBack.leadId).get("callbackStatus")).isEqualTo("PENDING");
        assertThat(gap(gaps, lostFailed.leadId).get("outcome")).isEqualTo("lost");
        assertThat(gap(gaps, lostFailed.leadId).get("lastError")).isEqualTo("Timed out after 10 s");

        JsonPath failedChatter = AuditApi.awaitTimeline(failed.leadId, 3);
        assertThat(failedChatter.getList("items.body", String.class))
                .contains("BPO CRM callback failed: BPO CRM refused the call: odoo.exceptions.UserError");
        JsonPath syncedChatter = AuditApi.awaitTimeline(synced.leadId, 3);
        assertThat(syncedChatter.getList("items.body", String.class))
                .contains("BPO CRM source lead " + synced.bpoReference + " updated to won.");
    }

    /** "Show me every lost reason for Q2." */
    @Test
    void lostReasonsOfQuarter() {
        lostOn("2031-04-01T00:00:00Z", "PRICE_TOO_HIGH");
        lostOn("2031-05-15T10:00:00Z", "PRICE_TOO_HIGH");
        lostOn("2031-06-30T23:59:59Z", "CHOSE_COMPETITOR");
        LeadStory before = lostOn("2031-03-31T23:59:59Z", "FINANCING_ISSUES");
        LeadStory after = lostOn("2031-07-01T00:00:00Z", "NO_STOCK_AVAILABLE");
        AuditApi.awaitTimeline(before.leadId, 2);
        AuditApi.awaitTimeline(after.leadId, 2);

        List<Map<String, Object>> counts = await().atMost(Duration.ofSeconds(60))
                .until(() -> lostReasons("from=2031-04-01&to=2031-06-30"), list -> total(list) == 3);

        assertThat(counts).containsExactly(
                Map.of("reason", "PRICE_TOO_HIGH", "label", "Price Too High", "count", 2),
                Map.of("reason", "CHOSE_COMPETITOR", "label", "Chose Competitor", "count", 1));
        assertThat(lostReasons("from=2031-04-01T00:00:00Z&to=2031-07-01T00:00:00Z")).isEqualTo(counts);
        assertThat(lostReasons("from=2031-03-01&to=2031-03-31")).containsExactly(
                Map.of("reason", "FINANCING_ISSUES", "label", "Financing Issues", "count", 1));
        AuditApi.as(TestUsers.MANAGER1).get("/api/audit/reports/lost-leads?from=2031-04-01&to=2031-06-30")
                .then().statusCode(200)
                .body("total", org.hamcrest.Matchers.equalTo(3));
    }

    @Test
    void reportRangeValidated() {
        AuditApi.as(TestUsers.MANAGER1).get("/api/audit/reports/lost-reasons?from=Q2").then()
                .statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("from"))
                .body("detail", org.hamcrest.Matchers.containsString("Q2"));
        AuditApi.as(TestUsers.MANAGER1).get("/api/audit/reports/lost-reasons?from=2031-07-01&to=2031-04-01").then()
                .statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("to"));
    }

    private static LeadStory wonEndorsed(String start) {
        LeadStory story = new LeadStory(Instant.parse(start));
        story.endorsed("Maria Santos");
        story.won(TestEvents.AGENT1, story.nextTime(), true);
        return story;
    }

    private static LeadStory lostOn(String dateLost, String reason) {
        LeadStory story = new LeadStory(Instant.parse("2031-03-01T08:00:00Z"));
        story.created(TestEvents.AGENT1);
        story.lost(TestEvents.AGENT1, Instant.parse(dateLost), reason, "Notes for " + reason, false);
        return story;
    }

    private static JsonPath bpoSyncReport() {
        return AuditApi.as(TestUsers.MANAGER1).get("/api/audit/reports/bpo-sync?size=200").then().statusCode(200).extract().jsonPath();
    }

    private static List<Map<String, Object>> lostReasons(String query) {
        return AuditApi.as(TestUsers.MANAGER1).get("/api/audit/reports/lost-reasons?" + query)
                .then().statusCode(200).extract().jsonPath().getList("$");
    }

    private static int total(List<Map<String, Object>> counts) {
        return counts.stream().mapToInt(count -> (Integer) count.get("count")).sum();
    }

    private static List<Object> leadIds(List<Map<String, Object>> gaps) {
        return gaps.stream().map(gap -> gap.get("leadId")).toList();
    }

    private static Map<String, Object> gap(List<Map<String, Object>> gaps, String leadId) {
        return gaps.stream().filter(gap -> leadId.equals(gap.get("leadId"))).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static String changeValue(Map<String, Object> message, String field) {
        List<Map<String, Object>> changes = (List<Map<String, Object>>) message.get("changes");
        return changes.stream().filter(change -> field.equals(change.get("field"))).findFirst().map(change -> (String) change.get("new")).orElseThrow();
    }

    private static Map<String, Object> message(JsonPath timeline, String type) {
        List<Map<String, Object>> items = timeline.getList("items");
        return items.stream().filter(item -> type.equals(item.get("type"))).findFirst().orElseThrow();
    }
}
