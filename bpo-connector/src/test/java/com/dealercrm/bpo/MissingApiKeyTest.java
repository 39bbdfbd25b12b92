package com.dealercrm.bpo;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.dealercrm.events.BpoCallbackEvents;
import com.dealercrm.events.EventEnvelope;
import com.dealercrm.events.EventJson;
import com.dealercrm.testsupport.KafkaTestResource;
import com.dealercrm.testsupport.PostgresTestResource;
import com.dealercrm.testsupport.TestTokens;
import com.dealercrm.testsupport.TestUsers;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A connection without an API key: callbacks fail before any call, until an admin sets a key. */
@QuarkusTest
@TestProfile(MissingApiKeyProfile.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TestTokens.class)
class MissingApiKeyTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private final FakeBpoCrm bpo = FakeBpoCrmResource.fake();

    @AfterEach
    void revertConnection() {
        given().auth().oauth2(TestTokens.tokenFor(TestUsers.ADMIN1)).delete("/api/bpo/connection").then().statusCode(200);
    }

    @Test
    void connectionShowsNoKey() {
        given().auth().oauth2(TestTokens.tokenFor(TestUsers.ADMIN1)).get("/api/bpo/connection")
                .then().statusCode(200)
                .body("apiKeySet", equalTo(false))
                .body("source", equalTo("configuration"));
        given().auth().oauth2(TestTokens.tokenFor(TestUsers.ADMIN1)).post("/api/bpo/connection/test")
                .then().statusCode(200)
                .body("ok", equalTo(false))
                .body("error", containsString("The BPO CRM API key is not set"));
    }

    @Test
    void callbackFailsUntilKeyIsSet() {
        bpo.reset();
        long bpoLeadId = CallbackJobs.newBpoLeadId();
        bpo.addLead(bpoLeadId, "LEAD/31000");
        UUID leadId = UUID.randomUUID();

        LeadEventsTopic.publish(LeadEventsTopic.leadWon(leadId, "DLEAD/03100", bpoLeadId, "LEAD/31000", "SO03100"));

        await().atMost(WAIT).until(() -> CallbackJobs.hasStatus(leadId, "FAILED"));
        Map<String, Object> failed = CallbackJobs.onlyJobOf(leadId);
        assertThat(failed).containsEntry("attempts", 0);
        assertThat((String) failed.get("lastError")).contains("PUT /api/bpo/connection").contains("BPO_API_KEY");
        assertThat(bpo.callbacksFor(bpoLeadId)).isEmpty();
        await().atMost(WAIT).until(() -> !LeadEventsTopic.callbackEvents(leadId).isEmpty());
        List<EventEnvelope> events = LeadEventsTopic.callbackEvents(leadId);
        assertThat(events).extracting(EventEnvelope::type).containsExactly(BpoCallbackEvents.FAILED);
        assertThat(EventJson.data(events.get(0), BpoCallbackEvents.CallbackResult.class).error()).isEqualTo(failed.get("lastError"));

        given().auth().oauth2(TestTokens.tokenFor(TestUsers.ADMIN1))
                .contentType(ContentType.JSON)
                .body(Map.of("url", bpo.url(), "database", FakeBpoCrm.DATABASE, "login", FakeBpoCrm.LOGIN, "apiKey", FakeBpoCrm.API_KEY))
                .put("/api/bpo/connection")
                .then().statusCode(200)
                .body("apiKeySet", equalTo(true));
        given().auth().oauth2(CallbackJobs.managerToken()).post("/api/bpo/callbacks/" + failed.get("id") + "/retry")
                .then().statusCode(200);

        await().atMost(WAIT).until(() -> CallbackJobs.hasStatus(leadId, "SUCCEEDED"));
        assertThat(CallbackJobs.onlyJobOf(leadId)).containsEntry("attempts", 1);
        assertThat(bpo.lead(bpoLeadId).stage).isEqualTo("won");
    }
}
