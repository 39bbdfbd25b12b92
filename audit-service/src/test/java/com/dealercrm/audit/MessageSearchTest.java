package com.dealercrm.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.dealercrm.events.FieldChange;
import com.dealercrm.testsupport.KafkaTestResource;
import com.dealercrm.testsupport.PostgresTestResource;
import com.dealercrm.testsupport.TestTokens;
import com.dealercrm.testsupport.TestUsers;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TestTokens.class)
class MessageSearchTest {

    @Test
    void filtersCombine() {
        LeadStory story = new LeadStory(Instant.parse("2033-01-01T08:00:00Z"));
        var created = story.created(TestEvents.AGENT1);
        var edited = story.updated(TestEvents.AGENT2, new FieldChange("budget", "1.00", "2.00"));
        story.quotationLinked(TestEvents.AGENT1);
        var order = story.orderCreated(TestEvents.AGENT1);
        AuditApi.awaitTimeline(story.leadId, 4);
        String lead = "leadId=" + story.leadId;

        assertThat(search(lead).getInt("total")).isEqualTo(4);
        assertThat(search(lead + "&aggregateType=sale-order").getList("items.eventId")).containsExactly(order.id());
        assertThat(search(lead + "&type=dealer.lead.updated").getList("items.eventId")).containsExactly(edited.id());
        assertThat(search(lead + "&actor=AGENT2").getList("items.eventId")).containsExactly(edited.id());
        assertThat(search(lead + "&actor=" + TestUsers.AGENT2.id()).getList("items.eventId")).containsExactly(edited.id());
        assertThat(search(lead + "&from=" + edited.time() + "&to=" + order.time()).getInt("total")).isEqualTo(2);
        assertThat(search(lead + "&to=" + edited.time()).getList("items.eventId")).containsExactly(created.id());
        assertThat(search("reference=" + story.saleOrderName).getList("items.eventId")).containsExactly(order.id());
    }

    @Test
    void pagesHaveListShape() {
        LeadStory story = new LeadStory(Instant.parse("2033-01-02T08:00:00Z"));
        story.created(TestEvents.AGENT1);
        story.stageChanged("QUALIFIED", TestEvents.AGENT1);
        var last = story.stageChanged("NEGOTIATION", TestEvents.AGENT1);
        AuditApi.awaitTimeline(story.leadId, 3);

        JsonPath page = search("leadId=" + story.leadId + "&page=1&size=2");

        assertThat(page.getInt("total")).isEqualTo(3);
        assertThat(page.getInt("page")).isEqualTo(1);
        assertThat(page.getInt("size")).isEqualTo(2);
        assertThat(page.getList("items.eventId")).containsExactly(last.id());
    }

    @Test
    void invalidParametersRejected() {
        expectBadRequest("size=201", "size", "201");
        expectBadRequest("size=0", "size", "0");
        expectBadRequest("page=-1", "page", "-1");
        expectBadRequest("page=first", "page", "first");
        expectBadRequest("aggregateType=invoice", "aggregateType", "invoice");
        expectBadRequest("leadId=42", "leadId", "42");
        expectBadRequest("from=yesterday", "from", "yesterday");
        expectBadRequest("from=2033-02-01&to=2033-01-01", "to", "2033-01-01");
    }

    private static void expectBadRequest(String query, String field, String value) {
        AuditApi.as(TestUsers.MANAGER1).get("/api/audit/messages?" + query).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo(field))
                .body("detail", containsString(value));
    }

    private static JsonPath search(String query) {
        return AuditApi.as(TestUsers.ADMIN1).get("/api/audit/messages?" + query).then().statusCode(200).extract().jsonPath();
    }
}
