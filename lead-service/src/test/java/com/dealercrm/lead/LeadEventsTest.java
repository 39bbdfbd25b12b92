package com.dealercrm.lead;

import static com.dealercrm.lead.LeadApi.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.dealercrm.events.Aggregate;
import com.dealercrm.events.EventEnvelope;
import com.dealercrm.events.EventJson;
import com.dealercrm.events.FieldChange;
import com.dealercrm.events.LeadEvents;
import com.dealercrm.lead.fake.OwnerServices;
import com.dealercrm.testsupport.KafkaTestResource;
import com.dealercrm.testsupport.PostgresTestResource;
import com.dealercrm.testsupport.TestTokens;
import com.dealercrm.testsupport.TestUsers;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each change of a lead publishes exactly one event on dealer.lead.events, keyed by lead id, with
 * the acting user and the change. Rejected requests and requests that change nothing publish none.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TestTokens.class)
@WithTestResource(OwnerServices.class)
class LeadEventsTest {

    @Test
    void manualLeadPublishesOneEventPerChange() {
        Map<String, Object> body = LeadApi.newLeadBody();
        String id = LeadApi.createLead(TestUsers.AGENT1, body);
        String reference = as(TestUsers.AGENT1).get("/api/leads/" + id).path("reference");

        LeadApi.moveTo(TestUsers.AGENT1, id, "QUALIFIED");
        as(TestUsers.AGENT1).body(Map.of("stage", "WON")).post("/api/leads/" + id + "/stage").then().statusCode(409);
        as(TestUsers.AGENT1).body(Map.of("notes", "Wants winter tyres")).patch("/api/leads/" + id).then().statusCode(200);
        as(TestUsers.AGENT1).body(Map.of("notes", "Wants winter tyres")).patch("/api/leads/" + id).then().statusCode(200);
        String callId = as(TestUsers.AGENT1).body(Map.of("durationSeconds", 95, "result", "NO_ANSWER", "summary", "Rang twice"))
                .post("/api/leads/" + id + "/calls").then().statusCode(201).extract().path("id");
        as(TestUsers.MANAGER1).body(Map.of("userId", TestUsers.AGENT2.id(), "userName", "agent2"))
                .post("/api/leads/" + id + "/assign").then().statusCode(200);
        as(TestUsers.MANAGER1).body(Map.of("userId", TestUsers.AGENT2.id())).post("/api/leads/" + id + "/assign").then().statusCode(200);
        as(TestUsers.ADMIN1).post("/api/leads/" + id + "/archive").then().statusCode(200);
        as(TestUsers.ADMIN1).post("/api/leads/" + id + "/archive").then().statusCode(200);
        as(TestUsers.ADMIN1).post("/api/leads/" + id + "/unarchive").then().statusCode(200);
        as(TestUsers.AGENT2).post("/api/leads/" + id + "/mark-won").then().statusCode(409);
        as(TestUsers.AGENT2).body(Map.of("reason", "PRICE_TOO_HIGH", "notes", "Found it cheaper"))
                .post("/api/leads/" + id + "/mark-lost").then().statusCode(200);
        as(TestUsers.MANAGER1).delete("/api/leads/" + id).then().statusCode(204);

        List<EventEnvelope> events = LeadEventLog.awaitEvents(id, 9);
        assertThat(events).extracting(EventEnvelope::type).containsExactly(
                LeadEvents.CREATED, LeadEvents.STAGE_CHANGED, LeadEvents.UPDATED, LeadEvents.CALL_LOGGED, LeadEvents.ASSIGNED,
                LeadEvents.ARCHIVED, LeadEvents.UNARCHIVED, LeadEvents.LOST, LeadEvents.DELETED);
        assertThat(events).extracting(EventEnvelope::actorname).containsExactly(
                "agent1", "agent1", "agent1", "agent1", "manager1", "admin1", "admin1", "agent2", "manager1");
        for (EventEnvelope event : events) {
            assertThat(event.aggregate()).isEqualTo(new Aggregate(Aggregate.LEAD, id, reference));
            assertThat(event.leadid()).isEqualTo(id);
            assertThat(event.source()).isEqualTo("/lead-service");
        }
        assertThat(events.get(0).actorid()).isEqualTo(TestUsers.AGENT1.id());

        LeadEvents.LeadCreated created = EventJson.data(events.get(0), LeadEvents.LeadCreated.class);
        assertThat(created.lead().reference()).isEqualTo(reference);
        assertThat(created.lead().stage()).isEqualTo("NEW");
        assertThat(created.lead().ownerId()).isEqualTo(TestUsers.AGENT1.id());
        assertThat(created.lead().customer().name()).isEqualTo(((Map<?, ?>) body.get("customer")).get("name"));
        assertThat(EventJson.data(events.get(1), LeadEvents.StageChanged.class)).isEqualTo(new LeadEvents.StageChanged("NEW", "QUALIFIED"));
        assertThat(EventJson.data(events.get(2), LeadEvents.LeadUpdated.class).changes())
                .containsExactly(new FieldChange("notes", null, "Wants winter tyres"));
        assertThat(EventJson.data(events.get(3), LeadEvents.CallLogged.class))
                .isEqualTo(new LeadEvents.CallLogged(callId, 95, "NO_ANSWER", "Rang twice"));
        assertThat(EventJson.data(events.get(4), LeadEvents.LeadAssigned.class)).isEqualTo(
                new LeadEvents.LeadAssigned(TestUsers.AGENT1.id(), "agent1", TestUsers.AGENT2.id(), "agent2", false));
        assertThat(EventJson.data(events.get(5), LeadEvents.ActiveChanged.class).active()).isFalse();
        assertThat(EventJson.data(events.get(6), LeadEvents.ActiveChanged.class).active()).isTrue();
        LeadEvents.LeadLost lost = EventJson.data(events.get(7), LeadEvents.LeadLost.class);
        assertThat(lost.stageFrom()).isEqualTo("QUALIFIED");
        assertThat(lost.reason()).isEqualTo("PRICE_TOO_HIGH");
        assertThat(lost.notes()).isEqualTo("Found it cheaper");
        assertThat(lost.dateLost()).isNotNull();
        assertThat(lost.bpoSourceLeadId()).isNull();
        assertThat(EventJson.data(events.get(8), LeadEvents.LeadDeleted.class).reference()).isEqualTo(reference);
    }

    @Test
    void endorsedLeadPublishesEndorsedThenClaimed() {
        long bpoLeadId = LeadApi.uniqueBpoLeadId();
        Map<String, Object> body = LeadApi.endorsementBody(bpoLeadId);
        String id = as(TestUsers.BPO_CRM).body(body).post("/api/endorsements").then().statusCode(201).extract().path("id");

        as(TestUsers.BPO_CRM).body(body).post("/api/endorsements").then().statusCode(200);
        as(TestUsers.AGENT1).post("/api/leads/" + id + "/claim").then().statusCode(200);
        as(TestUsers.AGENT1).post("/api/leads/" + id + "/claim").then().statusCode(409);
        as(TestUsers.AGENT1).body(Map.of("reason", "OTHER")).post("/api/leads/" + id + "/mark-lost").then().statusCode(200);

        List<EventEnvelope> events = LeadEventLog.awaitEvents(id, 3);
        assertThat(events).extracting(EventEnvelope::type).containsExactly(LeadEvents.ENDORSED, LeadEvents.ASSIGNED, LeadEvents.LOST);
        assertThat(events.get(0).actor().id()).isEqualTo(TestUsers.BPO_CRM.id());
        assertThat(events.get(0).actor().name()).isEqualTo(TestUsers.BPO_CRM.username());
        LeadEvents.LeadEndorsed endorsed = EventJson.data(events.get(0), LeadEvents.LeadEndorsed.class);
        assertThat(endorsed.bpoLeadId()).isEqualTo(bpoLeadId);
        assertThat(endorsed.bpoReference()).isEqualTo("LEAD/" + bpoLeadId);
        assertThat(endorsed.bpoUrl()).isEqualTo("https://bpo.example.com/odoo/crm/" + bpoLeadId);
        assertThat(endorsed.endorsedBy()).isEqualTo("BPO Agent");
        assertThat(endorsed.lead().stage()).isEqualTo("NEGOTIATION");
        assertThat(endorsed.lead().ownerId()).isNull();
        assertThat(endorsed.lead().expectedPrice()).isEqualByComparingTo(new BigDecimal("41000.50"));
        assertThat(EventJson.data(events.get(1), LeadEvents.LeadAssigned.class))
                .isEqualTo(new LeadEvents.LeadAssigned(null, null, TestUsers.AGENT1.id(), "agent1", true));
        assertThat(events.get(1).actorid()).isEqualTo(TestUsers.AGENT1.id());
        LeadEvents.LeadLost lost = EventJson.data(events.get(2), LeadEvents.LeadLost.class);
        assertThat(lost.bpoSourceLeadId()).isEqualTo(bpoLeadId);
        assertThat(lost.bpoSourceReference()).isEqualTo("LEAD/" + bpoLeadId);
        assertThat(lost.stageFrom()).isEqualTo("NEGOTIATION");
    }
}
