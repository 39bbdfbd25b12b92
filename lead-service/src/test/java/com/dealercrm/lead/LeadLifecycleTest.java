package com.dealercrm.lead;

import static com.dealercrm.lead.LeadApi.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.dealercrm.lead.fake.OwnerServices;
import com.dealercrm.testsupport.KafkaTestResource;
import com.dealercrm.testsupport.PostgresTestResource;
import com.dealercrm.testsupport.TestTokens;
import com.dealercrm.testsupport.TestUsers;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The whole life of manual and endorsed leads through the REST API, with a token for each role. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TestTokens.class)
@WithTestResource(OwnerServices.class)
class LeadLifecycleTest {

    @Test
    void manualLeadFromNewToLost() {
        Map<String, Object> body = LeadApi.newLeadBody();
        @SuppressWarnings("unchecked")
        Map<String, Object> customer = (Map<String, Object>) body.get("customer");

        ExtractableResponse<Response> created = as(TestUsers.AGENT1).body(body).post("/api/leads")
                .then().statusCode(201)
                .extract();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/leads/" + id);
        as(TestUsers.AGENT1).get("/api/leads/" + id).then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("reference", matchesPattern("DLEAD/\\d{5}"))
                .body("stage", equalTo("NEW"))
                .body("active", equalTo(true))
                .body("ownerId", equalTo(TestUsers.AGENT1.id()))
                .body("ownerName", equalTo("agent1"))
                .body("customer.partnerId", notNullValue())
                .body("customer.name", equalTo(customer.get("name")))
                .body("customer.mobile", equalTo(LeadApi.e164((String) customer.get("mobile"))))
                .body("quantity", equalTo(1))
                .body("budget", equalTo(30000.00f))
                .body("endorsed", equalTo(false))
                .body("bpoSyncStatus", equalTo("NONE"))
                .body("actions", contains("LOG_CALL", "CONVERT_TO_QUOTATION", "MARK_LOST"));

        LeadApi.moveTo(TestUsers.AGENT1, id, "QUALIFIED");
        LeadApi.moveTo(TestUsers.AGENT1, id, "NEGOTIATION");
        as(TestUsers.AGENT1).body(Map.of("notes", "Prefers a grey one", "expectedPrice", 28900.5))
                .patch("/api/leads/" + id)
                .then().statusCode(200)
                .body("notes", equalTo("Prefers a grey one"))
                .body("expectedPrice", equalTo(28900.50f));
        as(TestUsers.AGENT1).body(Map.of("durationSeconds", 240, "result", "ANSWERED", "summary", "Booked a test drive"))
                .post("/api/leads/" + id + "/calls")
                .then().statusCode(201)
                .body("leadId", equalTo(id))
                .body("userName", equalTo("agent1"));
        as(TestUsers.AGENT1).post("/api/leads/" + id + "/mark-won")
                .then().statusCode(409)
                .body("detail", equalTo("Create a quotation first with the Convert to Quotation button."));

        as(TestUsers.AGENT1).body(Map.of("reason", "CHOSE_COMPETITOR", "notes", "Bought a Tesla"))
                .post("/api/leads/" + id + "/mark-lost")
                .then().statusCode(200)
                .body("stage", equalTo("LOST"))
                .body("lostReason", equalTo("CHOSE_COMPETITOR"))
                .body("lostNotes", equalTo("Bought a Tesla"))
                .body("dateLost", notNullValue())
                .body("dateWon", nullValue())
                .body("actions", empty());
        as(TestUsers.AGENT1).get("/api/leads/" + id + "/calls").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].summary", equalTo("Booked a test drive"));
    }

    @Test
    void endorsedLeadClaimedAssignedArchivedAndDeleted() {
        long bpoLeadId = LeadApi.uniqueBpoLeadId();
        String id = as(TestUsers.BPO_CRM).body(LeadApi.endorsementBody(bpoLeadId)).post("/api/endorsements")
                .then().statusCode(201)
                .body("stage", equalTo("NEGOTIATION"))
                .body("ownerId", nullValue())
                .body("endorsed", equalTo(true))
                .body("bpoSourceLeadId", equalTo((int) bpoLeadId))
                .body("bpoSourceReference", equalTo("LEAD/" + bpoLeadId))
                .body("bpoSourceUrl", equalTo("https://bpo.example.com/odoo/crm/" + bpoLeadId))
                .body("bpoEndorsedBy", equalTo("BPO Agent"))
                .body("expectedPrice", equalTo(41000.50f))
                .extract().path("id");

        as(TestUsers.AGENT2).get("/api/leads/" + id).then().statusCode(200).body("actions", empty());
        as(TestUsers.AGENT2).post("/api/leads/" + id + "/claim").then().statusCode(200)
                .body("ownerId", equalTo(TestUsers.AGENT2.id()))
                .body("ownerName", equalTo("agent2"))
                .body("actions", contains("LOG_CALL", "CONVERT_TO_QUOTATION", "MARK_LOST"));
        as(TestUsers.MANAGER1).body(Map.of("userId", TestUsers.AGENT1.id(), "userName", "agent1"))
                .post("/api/leads/" + id + "/assign")
                .then().statusCode(200)
                .body("ownerId", equalTo(TestUsers.AGENT1.id()))
                .body("ownerName", equalTo("agent1"));
        as(TestUsers.AGENT2).get("/api/leads/" + id).then().statusCode(404);

        as(TestUsers.ADMIN1).post("/api/leads/" + id + "/archive").then().statusCode(200).body("active", equalTo(false));
        as(TestUsers.AGENT1).post("/api/leads/" + id + "/unarchive").then().statusCode(200).body("active", equalTo(true));
        as(TestUsers.MANAGER1).delete("/api/leads/" + id).then().statusCode(204);

        as(TestUsers.MANAGER1).get("/api/leads/" + id).then().statusCode(404);
    }

    @Test
    void managerLeadStartsUnassigned() {
        String id = LeadApi.createLead(TestUsers.MANAGER1);

        as(TestUsers.MANAGER1).get("/api/leads/" + id).then().statusCode(200)
                .body("stage", equalTo("NEW"))
                .body("ownerId", nullValue())
                .body("actions", contains("LOG_CALL", "CONVERT_TO_QUOTATION", "MARK_LOST"));
        as(TestUsers.AGENT1).get("/api/leads/" + id).then().statusCode(200)
                .body("actions", empty());
    }

    @Test
    void referencesAreSequential() {
        String first = as(TestUsers.AGENT1).get("/api/leads/" + LeadApi.createLead(TestUsers.AGENT1)).path("reference");
        String second = as(TestUsers.AGENT1).get("/api/leads/" + LeadApi.createLead(TestUsers.AGENT1)).path("reference");

        int firstNumber = Integer.parseInt(first.substring("DLEAD/".length()));
        int secondNumber = Integer.parseInt(second.substring("DLEAD/".length()));
        assertThat(secondNumber).isGreaterThan(firstNumber);
    }

    @Test
    void markWonNeedsNegotiation() {
        String id = LeadApi.createLead(TestUsers.AGENT1);

        as(TestUsers.AGENT1).post("/api/leads/" + id + "/mark-won")
                .then().statusCode(409)
                .body("detail", equalTo("Mark Won needs the lead in Negotiation, and lead "
                        + as(TestUsers.AGENT1).get("/api/leads/" + id).path("reference")
                        + " is in New; move it forward one stage at a time first."));
    }
}
