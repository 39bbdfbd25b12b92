package com.dealercrm.audit;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import com.dealercrm.testsupport.TestTokens;
import com.dealercrm.testsupport.TestUsers;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;

/** Calls the audit API as a given user, and waits for consumed events to show up in it. */
final class AuditApi {

    private static final Duration CONSUMED_WITHIN = Duration.ofSeconds(90);

    private AuditApi() {
    }

    static RequestSpecification as(TestUsers.User user) {
        return given().auth().oauth2(TestTokens.tokenFor(user));
    }

    static Response timeline(TestUsers.User user, String leadId) {
        return as(user).get("/api/audit/leads/{leadId}/messages", leadId);
    }

    /** Waits until the lead's chatter contains at least {@code count} messages and returns it, read by a manager. */
    static JsonPath awaitTimeline(String leadId, int count) {
        return await().atMost(CONSUMED_WITHIN)
                .pollInterval(Duration.ofMillis(300))
                .until(() -> timelineOrEmpty(leadId), page -> page.getInt("total") >= count);
    }

    /** Waits until a search finds at least {@code count} messages and returns the result. */
    static JsonPath awaitSearch(int count, String query) {
        return await().atMost(CONSUMED_WITHIN)
                .pollInterval(Duration.ofMillis(300))
                .until(() -> as(TestUsers.MANAGER1).get("/api/audit/messages?" + query).then().statusCode(200).extract().jsonPath(),
                        page -> page.getInt("total") >= count);
    }

    private static JsonPath timelineOrEmpty(String leadId) {
        Response response = timeline(TestUsers.MANAGER1, leadId);
        return response.statusCode() == 404 ? JsonPath.from("{\"total\": 0}") : response.then().statusCode(200).extract().jsonPath();
    }
}
