package com.dealercrm.lead;

import static com.dealercrm.lead.LeadApi.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.dealercrm.events.EventEnvelope;
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

/** Endorsement intake is idempotent on the BPO lead id, also under concurrent requests. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TestTokens.class)
@WithTestResource(OwnerServices.class)
class EndorsementTest {

    @Test
    void repeatedEndorsementReturnsSameLead() throws Exception {
        long bpoLeadId = LeadApi.uniqueBpoLeadId();
        Map<String, Object> body = LeadApi.endorsementBody(bpoLeadId);
        String id = as(TestUsers.BPO_CRM).body(body).post("/api/endorsements").then().statusCode(201).extract().path("id");

        body.put("notes", "Sent again with other notes");
        as(TestUsers.BPO_CRM).body(body).post("/api/endorsements").then().statusCode(200)
                .body("id", equalTo(id))
                .body("notes", equalTo("Wants a test drive"));

        assertThat(LeadApi.count("SELECT count(*) FROM lead WHERE bpo_source_lead_id = ?::bigint", Long.toString(bpoLeadId))).isEqualTo(1);
        as(TestUsers.AGENT1).post("/api/leads/" + id + "/claim").then().statusCode(200);
        List<String> types = LeadEventLog.awaitEvents(id, 2).stream().map(EventEnvelope::type).toList();
        assertThat(types).containsExactly(LeadEvents.ENDORSED, LeadEvents.ASSIGNED);
    }

    @Test
    void concurrentEndorsementsGiveOneLead() throws Exception {
        long bpoLeadId = LeadApi.uniqueBpoLeadId();
        String mobile = LeadApi.uniqueMobile();
        Map<String, Object> body = LeadApi.endorsementBody(bpoLeadId, LeadApi.customer("Concurrent Customer", mobile, null));

        List<Response> responses = Concurrently.times(6, () -> as(TestUsers.BPO_CRM).body(body).post("/api/endorsements"));

        List<Integer> statuses = responses.stream().map(Response::statusCode).toList();
        assertThat(statuses).containsOnly(200, 201);
        assertThat(statuses).containsOnlyOnce(201);
        List<String> ids = responses.stream().map(response -> response.<String>path("id")).distinct().toList();
        assertThat(ids).hasSize(1);
        assertThat(LeadApi.count("SELECT count(*) FROM lead WHERE bpo_source_lead_id = ?::bigint", Long.toString(bpoLeadId))).isEqualTo(1);
        assertThat(LeadApi.count("SELECT count(*) FROM partner WHERE mobile = ?", LeadApi.e164(mobile))).isEqualTo(1);
    }

    @Test
    void endorsedLeadKeepsBpoSource() {
        long bpoLeadId = LeadApi.uniqueBpoLeadId();
        String id = as(TestUsers.BPO_CRM).body(LeadApi.endorsementBody(bpoLeadId)).post("/api/endorsements")
                .then().statusCode(201).extract().path("id");

        as(TestUsers.MANAGER1).queryParam("endorsed", true).queryParam("q", "LEAD/" + bpoLeadId).get("/api/leads")
                .then().statusCode(200)
                .body("items.id", hasItem(id));
        as(TestUsers.MANAGER1).queryParam("endorsed", false).queryParam("q", "LEAD/" + bpoLeadId).get("/api/leads")
                .then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        as(TestUsers.MANAGER1).get("/api/leads/" + id).then().statusCode(200)
                .body("bpoSourceLeadId", equalTo((int) bpoLeadId))
                .body("bpoSourceReference", equalTo("LEAD/" + bpoLeadId))
                .body("bpoSyncStatus", equalTo("NONE"))
                .body("stage", equalTo("NEGOTIATION"))
                .body("actions", equalTo(List.of("LOG_CALL", "CONVERT_TO_QUOTATION", "MARK_LOST")));
    }
}
