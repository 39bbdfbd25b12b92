package com.dealercrm.bpo;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.dealercrm.testsupport.KafkaTestResource;
import com.dealercrm.testsupport.PostgresTestResource;
import com.dealercrm.testsupport.TestTokens;
import com.dealercrm.testsupport.TestUsers;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TestTokens.class)
@WithTestResource(FakeBpoCrmResource.class)
class CallbackResourceTest {

    private static final String PATH = "/api/bpo/callbacks";
    private static final Duration WAIT = Duration.ofSeconds(60);

    private final FakeBpoCrm bpo = FakeBpoCrmResource.fake();

    @BeforeEach
    void resetBpo() {
        bpo.reset();
    }

    @Test
    void listFiltersByLeadAndStatus() {
        UUID leadId = UUID.randomUUID();
        CallbackJobs.Row succeeded = finishedJob(leadId, "SUCCEEDED", null);
        CallbackJobs.Row failed = finishedJob(leadId, "FAILED", "BPO CRM rejected the callback.");

        asManager().queryParam("leadId", leadId.toString()).get(PATH)
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("page", equalTo(0))
                .body("size", equalTo(20))
                .body("items.id", containsInAnyOrder(succeeded.id().toString(), failed.id().toString()));
        asManager().queryParam("leadId", leadId.toString()).queryParam("status", "FAILED").get(PATH)
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(failed.id().toString()))
                .body("items[0].status", equalTo("FAILED"))
                .body("items[0].lastError", equalTo("BPO CRM rejected the callback."))
                .body("items[0].outcome", equalTo("won"))
                .body("items[0].leadReference", equalTo("DLEAD/09999"))
                .body("items[0].bpoLeadId", equalTo((int) failed.bpoLeadId()));
    }

    @Test
    void listPagesNewestFirst() {
        UUID leadId = UUID.randomUUID();
        finishedJob(leadId, "SUCCEEDED", null);
        finishedJob(leadId, "SUCCEEDED", null);
        finishedJob(leadId, "SUCCEEDED", null);

        List<String> first = asManager().queryParam("leadId", leadId.toString()).queryParam("size", 2).get(PATH)
                .then().statusCode(200)
                .body("total", equalTo(3))
                .body("size", equalTo(2))
                .extract().path("items.id");
        List<String> second = asManager().queryParam("leadId", leadId.toString()).queryParam("size", 2).queryParam("page", 1).get(PATH)
                .then().statusCode(200)
                .body("page", equalTo(1))
                .extract().path("items.id");

        assertThat(first).hasSize(2);
        assertThat(second).hasSize(1);
        assertThat(first).doesNotContainAnyElementsOf(second);
    }

    @Test
    void listRejectsInvalidParameters() {
        Map<String, String> cases = Map.of(
                "size=201", "size",
                "size=0", "size",
                "page=-1", "page",
                "page=first", "page",
                "status=DONE", "status",
                "leadId=42", "leadId");

        cases.forEach((query, field) -> asManager().get(PATH + "?" + query)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field))
                .body("detail", containsString(query.substring(query.indexOf('=') + 1))));
    }

    @Test
    void getShowsAttemptHistory() {
        long bpoLeadId = CallbackJobs.newBpoLeadId();
        bpo.addLead(bpoLeadId, "LEAD/21000");
        UUID leadId = UUID.randomUUID();
        bpo.failNext(1, FakeBpoCrm.Failure.HTTP_503);
        LeadEventsTopic.publish(LeadEventsTopic.leadWon(leadId, "DLEAD/02100", bpoLeadId, "LEAD/21000", "SO02100"));
        await().atMost(WAIT).until(() -> CallbackJobs.hasStatus(leadId, "SUCCEEDED"));
        Object jobId = CallbackJobs.onlyJobOf(leadId).get("id");

        asManager().get(PATH + "/" + jobId)
                .then().statusCode(200)
                .body("status", equalTo("SUCCEEDED"))
                .body("saleOrderName", equalTo("SO02100"))
                .body("history.number", contains(1, 2))
                .body("history.result", contains("RETRY_SCHEDULED", "SUCCEEDED"))
                .body("history[0].error", containsString("HTTP 503"))
                .body("history[1].error", equalTo(null));
    }

    @Test
    void getUnknownJobIs404() {
        asManager().get(PATH + "/" + UUID.randomUUID()).then().statusCode(404).body("detail", containsString("No BPO callback job"));
        asManager().get(PATH + "/not-a-job").then().statusCode(404).body("detail", containsString("not-a-job"));
    }

    @Test
    void retryRunsFailedJob() {
        long bpoLeadId = CallbackJobs.newBpoLeadId();
        bpo.addLead(bpoLeadId, "LEAD/09999");
        UUID leadId = UUID.randomUUID();
        CallbackJobs.Row failed = new CallbackJobs.Row(UUID.randomUUID(), leadId, bpoLeadId, "FAILED", 8, null, null, null, "Gave up after 8 attempt(s).");
        CallbackJobs.insert(failed);

        asManager().post(PATH + "/" + failed.id() + "/retry")
                .then().statusCode(200)
                .body("id", equalTo(failed.id().toString()))
                .body("status", equalTo("PENDING"))
                .body("attempts", equalTo(8));

        await().atMost(WAIT).until(() -> CallbackJobs.hasStatus(leadId, "SUCCEEDED"));
        assertThat(CallbackJobs.onlyJobOf(leadId)).containsEntry("attempts", 9);
        assertThat(bpo.lead(bpoLeadId).stage).isEqualTo("won");
    }

    @Test
    void retryOfUnfailedJobIs409() {
        UUID leadId = UUID.randomUUID();
        CallbackJobs.Row succeeded = finishedJob(leadId, "SUCCEEDED", null);

        asManager().post(PATH + "/" + succeeded.id() + "/retry")
                .then().statusCode(409)
                .body("detail", equalTo("BPO callback job " + succeeded.id() + " is SUCCEEDED, and only FAILED jobs can be retried."))
                .body("status", equalTo("SUCCEEDED"));
        assertThat(CallbackJobs.onlyJobOf(leadId)).containsEntry("status", "SUCCEEDED");
    }

    @Test
    void retryOfUnknownJobIs404() {
        asManager().post(PATH + "/" + UUID.randomUUID() + "/retry").then().statusCode(404);
    }

    @Test
    void callbacksAreForManagersAndAdmins() {
        UUID leadId = UUID.randomUUID();
        CallbackJobs.Row failed = finishedJob(leadId, "FAILED", "BPO CRM rejected the callback.");

        as(TestUsers.ADMIN1).get(PATH).then().statusCode(200);
        for (TestUsers.User user : new TestUsers.User[] {TestUsers.AGENT1, TestUsers.BPO_CRM}) {
            as(user).get(PATH).then().statusCode(403);
            as(user).get(PATH + "/" + failed.id()).then().statusCode(403);
            as(user).post(PATH + "/" + failed.id() + "/retry").then().statusCode(403);
            as(user).post(PATH + "/retry-failed").then().statusCode(403);
        }
        given().get(PATH).then().statusCode(401);
        given().post(PATH + "/retry-failed").then().statusCode(401);
        assertThat(CallbackJobs.onlyJobOf(leadId)).containsEntry("status", "FAILED");
    }

    private static CallbackJobs.Row finishedJob(UUID leadId, String status, String error) {
        CallbackJobs.Row row = new CallbackJobs.Row(UUID.randomUUID(), leadId, CallbackJobs.newBpoLeadId(), status, 1, null, null, null, error);
        CallbackJobs.insert(row);
        return row;
    }

    private static RequestSpecification asManager() {
        return as(TestUsers.MANAGER1);
    }

    private static RequestSpecification as(TestUsers.User user) {
        return given().auth().oauth2(TestTokens.tokenFor(user));
    }
}
