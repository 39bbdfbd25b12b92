package com.dealercrm.lead;

import static com.dealercrm.lead.LeadApi.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import com.dealercrm.lead.fake.OwnerServices;
import com.dealercrm.testsupport.KafkaTestResource;
import com.dealercrm.testsupport.PostgresTestResource;
import com.dealercrm.testsupport.TestTokens;
import com.dealercrm.testsupport.TestUsers;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** All Leads with its filters and paging, and My Pipeline. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TestTokens.class)
@WithTestResource(OwnerServices.class)
class LeadListTest {

    @Test
    void filtersNarrowAllLeads() {
        String token = LeadApi.uniqueName("Filter");
        TestUsers.User agent = LeadApi.newAgent();
        TestUsers.User otherAgent = LeadApi.newAgent();
        String fresh = create(agent, token + " new", "0170 " + mobileDigits());
        String qualified = create(agent, token + " qualified", null);
        LeadApi.moveTo(agent, qualified, "QUALIFIED");
        Instant beforeLoss = Instant.now().minusSeconds(1);
        String lost = create(agent, token + " lost", null);
        as(agent).body(Map.of("reason", "PRICE_TOO_HIGH")).post("/api/leads/" + lost + "/mark-lost").then().statusCode(200);
        Instant afterLoss = Instant.now().plusSeconds(1);
        String archived = create(agent, token + " archived", null);
        as(agent).post("/api/leads/" + archived + "/archive").then().statusCode(200);
        String unassigned = create(TestUsers.MANAGER1, token + " unassigned", null);
        String endorsed = endorse(token + " endorsed");
        String othersLead = create(otherAgent, token + " others", null);

        assertIds(as(agent).queryParam("q", token), fresh, qualified, lost, unassigned, endorsed);
        assertIds(as(agent).queryParam("q", token.toUpperCase()), fresh, qualified, lost, unassigned, endorsed);
        assertIds(as(agent).queryParam("q", token).queryParam("stage", "QUALIFIED"), qualified);
        assertIds(as(agent).queryParam("q", token).queryParam("owner", "me"), fresh, qualified, lost);
        assertIds(as(agent).queryParam("q", token).queryParam("owner", "unassigned"), unassigned, endorsed);
        assertIds(as(agent).queryParam("q", token).queryParam("endorsed", "true"), endorsed);
        assertIds(as(agent).queryParam("q", token).queryParam("endorsed", "false"), fresh, qualified, lost, unassigned);
        assertIds(as(agent).queryParam("q", token).queryParam("active", "false"), archived);
        assertIds(as(agent).queryParam("q", token).queryParam("lostFrom", beforeLoss.toString()).queryParam("lostTo", afterLoss.toString()), lost);
        assertIds(as(agent).queryParam("q", token).queryParam("lostTo", beforeLoss.toString()));
        assertIds(as(TestUsers.MANAGER1).queryParam("q", token), fresh, qualified, lost, unassigned, endorsed, othersLead);
        assertIds(as(TestUsers.MANAGER1).queryParam("q", token).queryParam("owner", otherAgent.id()), othersLead);
        assertIds(as(agent).queryParam("q", token).queryParam("owner", otherAgent.id()));
    }

    @Test
    void searchFindsMobileEmailAndReference() {
        TestUsers.User agent = LeadApi.newAgent();
        String digits = mobileDigits();
        String email = LeadApi.uniqueName("mail").replace(" ", ".") + "@example.com";
        Map<String, Object> body = LeadApi.newLeadBody();
        body.put("customer", LeadApi.customer(LeadApi.uniqueName("Search"), "+49 170 " + digits, email));
        String id = LeadApi.createLead(agent, body);
        String reference = as(agent).get("/api/leads/" + id).path("reference");

        assertIds(as(agent).queryParam("q", "0170 " + digits), id);
        assertIds(as(agent).queryParam("q", "170" + digits), id);
        assertIds(as(agent).queryParam("q", email.toUpperCase()), id);
        assertThat(as(agent).queryParam("q", reference).get("/api/leads").<List<String>>path("items.id")).contains(id);
        assertIds(as(agent).queryParam("q", "100%_match"));
    }

    @Test
    void pagesAreNewestFirst() {
        String token = LeadApi.uniqueName("Paging");
        TestUsers.User agent = LeadApi.newAgent();
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(create(agent, token + " " + i, null));
        }

        as(agent).queryParam("q", token).queryParam("size", 2).get("/api/leads").then().statusCode(200)
                .body("total", equalTo(5))
                .body("page", equalTo(0))
                .body("size", equalTo(2))
                .body("items.id", contains(created.get(4), created.get(3)));
        as(agent).queryParam("q", token).queryParam("size", 2).queryParam("page", 2).get("/api/leads").then().statusCode(200)
                .body("total", equalTo(5))
                .body("page", equalTo(2))
                .body("items.id", contains(created.get(0)));
        as(agent).queryParam("q", token).queryParam("size", 2).queryParam("page", 3).get("/api/leads").then().statusCode(200)
                .body("total", equalTo(5))
                .body("items", empty());
        as(agent).queryParam("q", token).get("/api/leads").then().statusCode(200)
                .body("size", equalTo(20))
                .body("items.size()", equalTo(5));
    }

    @Test
    void pipelineHasColumnPerStage() {
        TestUsers.User agent = LeadApi.newAgent();
        String fresh = create(agent, "Pipeline new", null);
        String qualified = create(agent, "Pipeline qualified", null);
        LeadApi.moveTo(agent, qualified, "QUALIFIED");
        String claimed = endorse("Pipeline endorsed");
        as(agent).post("/api/leads/" + claimed + "/claim").then().statusCode(200);
        String lost = create(agent, "Pipeline lost", null);
        as(agent).body(Map.of("reason", "OTHER")).post("/api/leads/" + lost + "/mark-lost").then().statusCode(200);
        String archived = create(agent, "Pipeline archived", null);
        as(agent).post("/api/leads/" + archived + "/archive").then().statusCode(200);
        String alsoNew = create(agent, "Pipeline new too", null);

        as(agent).get("/api/leads/pipeline").then().statusCode(200)
                .body("columns.stage", contains("NEW", "QUALIFIED", "NEGOTIATION", "WON", "LOST"))
                .body("columns.count", contains(2, 1, 1, 0, 1))
                .body("columns[0].leads.id", contains(alsoNew, fresh))
                .body("columns[1].leads.id", contains(qualified))
                .body("columns[2].leads.id", contains(claimed))
                .body("columns[3].leads", empty())
                .body("columns[4].leads.id", contains(lost));
        as(agent).queryParam("size", 1).get("/api/leads/pipeline").then().statusCode(200)
                .body("columns[0].count", equalTo(2))
                .body("columns[0].leads.id", contains(alsoNew));
        as(LeadApi.newAgent()).get("/api/leads/pipeline").then().statusCode(200)
                .body("columns.count", contains(0, 0, 0, 0, 0));
    }

    private static String create(TestUsers.User user, String name, String mobile) {
        Map<String, Object> body = LeadApi.newLeadBody();
        body.put("customer", LeadApi.customer(name, mobile, null));
        return LeadApi.createLead(user, body);
    }

    private static String endorse(String name) {
        Map<String, Object> body = LeadApi.endorsementBody(LeadApi.uniqueBpoLeadId(), LeadApi.customer(name, null, null));
        return as(TestUsers.BPO_CRM).body(body).post("/api/endorsements").then().statusCode(201).extract().path("id");
    }

    private static String mobileDigits() {
        return LeadApi.uniqueMobile().substring("+49 170 ".length());
    }

    private static void assertIds(RequestSpecification request, String... ids) {
        request.queryParam("size", 200).get("/api/leads").then().statusCode(200)
                .body("total", equalTo(ids.length))
                .body("items.id", containsInAnyOrder((Object[]) ids));
    }
}
