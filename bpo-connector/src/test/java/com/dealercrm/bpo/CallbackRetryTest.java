package com.dealercrm.bpo;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.dealercrm.events.BpoCallbackEvents;
import com.dealercrm.events.EventEnvelope;
import com.dealercrm.events.EventJson;
import com.dealercrm.testsupport.KafkaTestResource;
import com.dealercrm.testsupport.PostgresTestResource;
import com.dealercrm.testsupport.TestTokens;
import com.dealercrm.testsupport.TestUsers;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TestTokens.class)
@WithTestResource(FakeBpoCrmResource.class)
class CallbackRetryTest {

    private static final Duration WAIT = Duration.ofSeconds(90);

    private final FakeBpoCrm bpo = FakeBpoCrmResource.fake();

    @BeforeEach
    void resetBpo() {
        bpo.reset();
    }

    @AfterEach
    void revertConnection() {
        bpo.reset();
        given().auth().oauth2(TestTokens.tokenFor(TestUsers.ADMIN1)).delete("/api/bpo/connection").then().statusCode(200);
    }

    @Test
    void bpoDownThenBackSucceeds() {
        long bpoLeadId = CallbackJobs.newBpoLeadId();
        bpo.addLead(bpoLeadId, "LEAD/11000");
        UUID leadId = UUID.randomUUID();
        bpo.stop();

        LeadEventsTopic.publish(LeadEventsTopic.leadWon(leadId, "DLEAD/01100", bpoLeadId, "LEAD/11000", "SO01100"));

        await().atMost(WAIT).until(() -> attemptsOf(leadId) >= 2);
        Map<String, Object> waiting = CallbackJobs.onlyJobOf(leadId);
        assertThat(waiting).containsEntry("status", "PENDING");
        assertThat(waiting.get("nextAttemptAt")).isNotNull();
        assertThat((String) waiting.get("lastError")).contains(bpo.url() + "/jsonrpc").contains("Connection refused");

        bpo.start();

        await().atMost(WAIT).until(() -> CallbackJobs.hasStatus(leadId, "SUCCEEDED"));
        assertThat(bpo.lead(bpoLeadId).stage).isEqualTo("won");
        JsonPath detail = CallbackJobs.detail(CallbackJobs.onlyJobOf(leadId).get("id"));
        List<String> results = detail.getList("history.result");
        assertThat(results).hasSizeGreaterThanOrEqualTo(3);
        assertThat(results.subList(0, results.size() - 1)).containsOnly("RETRY_SCHEDULED");
        assertThat(results.get(results.size() - 1)).isEqualTo("SUCCEEDED");
        assertThat(detail.getInt("attempts")).isEqualTo(results.size());
        await().atMost(WAIT).until(() -> !LeadEventsTopic.callbackEvents(leadId).isEmpty());
        assertThat(LeadEventsTopic.callbackEvents(leadId)).extracting(EventEnvelope::type).containsExactly(BpoCallbackEvents.SUCCEEDED);
    }

    @Test
    void serverErrorsAreRetried() {
        long bpoLeadId = CallbackJobs.newBpoLeadId();
        bpo.addLead(bpoLeadId, "LEAD/12000");
        UUID leadId = UUID.randomUUID();
        bpo.failNext(1, FakeBpoCrm.Failure.HTTP_503);
        bpo.failNext(1, FakeBpoCrm.Failure.SESSION_EXPIRED);

        LeadEventsTopic.publish(LeadEventsTopic.leadWon(leadId, "DLEAD/01200", bpoLeadId, "LEAD/12000", "SO01200"));

        await().atMost(WAIT).until(() -> CallbackJobs.hasStatus(leadId, "SUCCEEDED"));
        JsonPath detail = CallbackJobs.detail(CallbackJobs.onlyJobOf(leadId).get("id"));
        assertThat(detail.getList("history.result")).containsExactly("RETRY_SCHEDULED", "RETRY_SCHEDULED", "SUCCEEDED");
        assertThat(detail.getString("history[0].error")).contains("HTTP 503");
        assertThat(detail.getString("history[1].error")).contains("session expired (error code 100)");
    }

    @Test
    void missingAnswerTimesOutAndIsRetried() {
        long bpoLeadId = CallbackJobs.newBpoLeadId();
        bpo.addLead(bpoLeadId, "LEAD/13000");
        UUID leadId = UUID.randomUUID();
        bpo.failNext(1, FakeBpoCrm.Failure.NO_ANSWER);

        LeadEventsTopic.publish(LeadEventsTopic.leadWon(leadId, "DLEAD/01300", bpoLeadId, "LEAD/13000", "SO01300"));

        await().atMost(WAIT).until(() -> CallbackJobs.hasStatus(leadId, "SUCCEEDED"));
        JsonPath detail = CallbackJobs.detail(CallbackJobs.onlyJobOf(leadId).get("id"));
        assertThat(detail.getList("history.result")).containsExactly("RETRY_SCHEDULED", "SUCCEEDED");
        assertThat(detail.getString("history[0].error")).contains("did not answer within the call timeout");
    }

    @Test
    void badKeyFailsAfterOneAttempt() {
        long bpoLeadId = CallbackJobs.newBpoLeadId();
        bpo.addLead(bpoLeadId, "LEAD/14000");
        UUID leadId = UUID.randomUUID();
        saveConnection("wrong-key-for-test");

        LeadEventsTopic.publish(LeadEventsTopic.leadWon(leadId, "DLEAD/01400", bpoLeadId, "LEAD/14000", "SO01400"));

        await().atMost(WAIT).until(() -> CallbackJobs.hasStatus(leadId, "FAILED"));
        Map<String, Object> job = CallbackJobs.onlyJobOf(leadId);
        assertThat(job).containsEntry("attempts", 1).containsEntry("nextAttemptAt", null);
        assertThat((String) job.get("lastError")).contains("rejected login 'dealer-sync' on database 'bpo'").doesNotContain("wrong-key-for-test");
        assertThat(bpo.callbacksFor(bpoLeadId)).isEmpty();
        assertThat(bpo.lead(bpoLeadId).stage).isEqualTo("negotiation");

        await().atMost(WAIT).until(() -> !LeadEventsTopic.callbackEvents(leadId).isEmpty());
        List<EventEnvelope> events = LeadEventsTopic.callbackEvents(leadId);
        assertThat(events).extracting(EventEnvelope::type).containsExactly(BpoCallbackEvents.FAILED);
        BpoCallbackEvents.CallbackResult result = EventJson.data(events.get(0), BpoCallbackEvents.CallbackResult.class);
        assertThat(result.error()).isEqualTo(job.get("lastError"));
        assertThat(result.attempts()).isEqualTo(1);
    }

    @Test
    void accessDeniedFailsAfterOneAttempt() {
        long bpoLeadId = CallbackJobs.newBpoLeadId();
        bpo.addLead(bpoLeadId, "LEAD/14500");
        UUID leadId = UUID.randomUUID();
        saveConnection("another-wrong-key");
        bpo.acceptAnyKeyOnAuthenticate(true);
        try {
            LeadEventsTopic.publish(LeadEventsTopic.leadWon(leadId, "DLEAD/01450", bpoLeadId, "LEAD/14500", "SO01450"));

            await().atMost(WAIT).until(() -> CallbackJobs.hasStatus(leadId, "FAILED"));
        } finally {
            bpo.acceptAnyKeyOnAuthenticate(false);
        }
        Map<String, Object> job = CallbackJobs.onlyJobOf(leadId);
        assertThat(job).containsEntry("attempts", 1);
        assertThat((String) job.get("lastError")).contains("odoo.exceptions.AccessDenied").contains("Check the API key");
        assertThat(bpo.callbacksFor(bpoLeadId)).hasSize(1);
    }

    @Test
    void unknownBpoLeadFailsAtOnce() {
        long bpoLeadId = CallbackJobs.newBpoLeadId();
        UUID leadId = UUID.randomUUID();

        LeadEventsTopic.publish(LeadEventsTopic.leadWon(leadId, "DLEAD/01500", bpoLeadId, "LEAD/15000", "SO01500"));

        await().atMost(WAIT).until(() -> CallbackJobs.hasStatus(leadId, "FAILED"));
        Map<String, Object> job = CallbackJobs.onlyJobOf(leadId);
        assertThat(job).containsEntry("attempts", 1);
        assertThat((String) job.get("lastError"))
                .isEqualTo("BPO CRM rejected object.execute_kw (odoo.exceptions.UserError): BPO lead " + bpoLeadId + " does not exist.");
        await().atMost(WAIT).until(() -> !LeadEventsTopic.callbackEvents(leadId).isEmpty());
        assertThat(LeadEventsTopic.callbackEvents(leadId)).extracting(EventEnvelope::type).containsExactly(BpoCallbackEvents.FAILED);
    }

    @Test
    void conflictingOutcomeFailsAtOnce() {
        long bpoLeadId = CallbackJobs.newBpoLeadId();
        bpo.addLead(bpoLeadId, "LEAD/15500");
        UUID leadId = UUID.randomUUID();
        LeadEventsTopic.publish(LeadEventsTopic.leadWon(leadId, "DLEAD/01550", bpoLeadId, "LEAD/15500", "SO01550"));
        await().atMost(WAIT).until(() -> CallbackJobs.hasStatus(leadId, "SUCCEEDED"));

        LeadEventsTopic.publish(LeadEventsTopic.leadLost(leadId, "DLEAD/01550", bpoLeadId, "LEAD/15500", "BUYER_CANCELLED", null));

        await().atMost(WAIT).until(() -> CallbackJobs.ofLead(leadId).stream().anyMatch(job -> "FAILED".equals(job.get("status"))));
        Map<String, Object> lost = CallbackJobs.ofLead(leadId).get(0);
        assertThat(lost).containsEntry("outcome", "lost").containsEntry("attempts", 1);
        assertThat((String) lost.get("lastError")).contains("odoo.exceptions.UserError").contains("LEAD/15500 is already won");
        assertThat(bpo.lead(bpoLeadId).stage).isEqualTo("won");
    }

    @Test
    void exhaustedAttemptsFailThenRetrySucceeds() {
        long bpoLeadId = CallbackJobs.newBpoLeadId();
        bpo.addLead(bpoLeadId, "LEAD/16000");
        UUID leadId = UUID.randomUUID();
        bpo.stop();

        LeadEventsTopic.publish(LeadEventsTopic.leadWon(leadId, "DLEAD/01600", bpoLeadId, "LEAD/16000", "SO01600"));

        await().atMost(WAIT).until(() -> CallbackJobs.hasStatus(leadId, "FAILED"));
        Map<String, Object> failed = CallbackJobs.onlyJobOf(leadId);
        assertThat(failed).containsEntry("attempts", 8);
        assertThat((String) failed.get("lastError")).startsWith("Gave up after 8 attempt(s). Last error: Calling " + bpo.url() + "/jsonrpc failed");
        await().atMost(WAIT).until(() -> !LeadEventsTopic.callbackEvents(leadId).isEmpty());
        assertThat(LeadEventsTopic.callbackEvents(leadId)).extracting(EventEnvelope::type).containsExactly(BpoCallbackEvents.FAILED);

        bpo.start();
        given().auth().oauth2(CallbackJobs.managerToken())
                .post("/api/bpo/callbacks/" + failed.get("id") + "/retry")
                .then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("PENDING"));

        await().atMost(WAIT).until(() -> CallbackJobs.hasStatus(leadId, "SUCCEEDED"));
        assertThat(CallbackJobs.onlyJobOf(leadId)).containsEntry("attempts", 9).containsEntry("lastError", null);
        await().atMost(WAIT).until(() -> LeadEventsTopic.callbackEvents(leadId).size() == 2);
        assertThat(LeadEventsTopic.callbackEvents(leadId)).extracting(EventEnvelope::type)
                .containsExactly(BpoCallbackEvents.FAILED, BpoCallbackEvents.SUCCEEDED);
    }

    @Test
    void retryFailedRunsEveryFailedJob() {
        long firstBpoLeadId = CallbackJobs.newBpoLeadId();
        long secondBpoLeadId = CallbackJobs.newBpoLeadId();
        UUID firstLead = UUID.randomUUID();
        UUID secondLead = UUID.randomUUID();
        LeadEventsTopic.publish(LeadEventsTopic.leadWon(firstLead, "DLEAD/01700", firstBpoLeadId, "LEAD/17000", "SO01700"));
        LeadEventsTopic.publish(LeadEventsTopic.leadWon(secondLead, "DLEAD/01701", secondBpoLeadId, "LEAD/17001", "SO01701"));
        await().atMost(WAIT).until(() -> CallbackJobs.hasStatus(firstLead, "FAILED") && CallbackJobs.hasStatus(secondLead, "FAILED"));
        bpo.addLead(firstBpoLeadId, "LEAD/17000");
        bpo.addLead(secondBpoLeadId, "LEAD/17001");

        int retried = given().auth().oauth2(TestTokens.tokenFor(TestUsers.ADMIN1))
                .post("/api/bpo/callbacks/retry-failed")
                .then().statusCode(200)
                .extract().path("retried");

        assertThat(retried).isGreaterThanOrEqualTo(2);
        await().atMost(WAIT).until(() -> CallbackJobs.hasStatus(firstLead, "SUCCEEDED") && CallbackJobs.hasStatus(secondLead, "SUCCEEDED"));
        assertThat(CallbackJobs.onlyJobOf(firstLead)).containsEntry("attempts", 2);
        assertThat(bpo.lead(secondBpoLeadId).stage).isEqualTo("won");
    }

    private static int attemptsOf(UUID leadId) {
        List<Map<String, Object>> jobs = CallbackJobs.ofLead(leadId);
        return jobs.isEmpty() ? 0 : (Integer) jobs.get(0).get("attempts");
    }

    private void saveConnection(String apiKey) {
        given().auth().oauth2(TestTokens.tokenFor(TestUsers.ADMIN1))
                .contentType(ContentType.JSON)
                .body(Map.of("url", bpo.url(), "database", FakeBpoCrm.DATABASE, "login", FakeBpoCrm.LOGIN, "apiKey", apiKey))
                .put("/api/bpo/connection")
                .then().statusCode(200);
    }
}
