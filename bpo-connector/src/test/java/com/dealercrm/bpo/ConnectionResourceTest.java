package com.dealercrm.bpo;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.dealercrm.testsupport.KafkaTestResource;
import com.dealercrm.testsupport.PostgresTestResource;
import com.dealercrm.testsupport.TestTokens;
import com.dealercrm.testsupport.TestUsers;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TestTokens.class)
@WithTestResource(FakeBpoCrmResource.class)
class ConnectionResourceTest {

    private static final String PATH = "/api/bpo/connection";

    private final FakeBpoCrm bpo = FakeBpoCrmResource.fake();

    @BeforeEach
    @AfterEach
    void revertConnection() {
        bpo.reset();
        asAdmin().delete(PATH).then().statusCode(200);
    }

    @Test
    void getShowsConfiguredConnection() {
        String body = asAdmin().get(PATH)
                .then().statusCode(200)
                .body("url", equalTo(bpo.url()))
                .body("database", equalTo("bpo"))
                .body("login", equalTo("dealer-sync"))
                .body("apiKeySet", equalTo(true))
                .body("source", equalTo("configuration"))
                .body("updatedAt", nullValue())
                .body("$", not(hasKey("apiKey")))
                .extract().asString();

        assertThat(body).doesNotContain(FakeBpoCrm.API_KEY);
    }

    @Test
    void putSavesWithoutReturningKey() {
        String secret = "saved-key-7f3a9e";

        String saved = asAdmin().contentType(ContentType.JSON)
                .body(connection(bpo.url(), secret))
                .put(PATH)
                .then().statusCode(200)
                .body("source", equalTo("saved"))
                .body("apiKeySet", equalTo(true))
                .body("updatedBy", equalTo("admin1"))
                .body("updatedAt", notNullValue())
                .extract().asString();
        String read = asAdmin().get(PATH)
                .then().statusCode(200)
                .body("source", equalTo("saved"))
                .body("url", equalTo(bpo.url()))
                .extract().asString();

        assertThat(saved).doesNotContain(secret).doesNotContain("\"apiKey\"");
        assertThat(read).doesNotContain(secret).doesNotContain("\"apiKey\"");
    }

    @Test
    void putWithoutKeyKeepsKey() {
        Map<String, Object> request = connection(bpo.url() + "/", null);
        request.remove("apiKey");

        asAdmin().contentType(ContentType.JSON).body(request).put(PATH)
                .then().statusCode(200)
                .body("apiKeySet", equalTo(true));

        asAdmin().post(PATH + "/test")
                .then().statusCode(200)
                .body("ok", equalTo(true))
                .body("uid", equalTo(FakeBpoCrm.UID));
    }

    @Test
    void deleteRevertsToConfiguration() {
        asAdmin().contentType(ContentType.JSON).body(connection("http://127.0.0.1:1", "other-key")).put(PATH)
                .then().statusCode(200);

        asAdmin().delete(PATH)
                .then().statusCode(200)
                .body("source", equalTo("configuration"))
                .body("url", equalTo(bpo.url()));
    }

    @Test
    void putRejectsInvalidSettings() {
        Map<String, Map<String, Object>> cases = new HashMap<>();
        cases.put("url", connection("ftp://127.0.0.1:8069", "key"));
        cases.put("database", connection(bpo.url(), "key"));
        cases.get("database").put("database", " ");
        cases.put("apiKey", connection(bpo.url(), ""));
        Map<String, Object> missingLogin = connection(bpo.url(), "key");
        missingLogin.remove("login");
        cases.put("login", missingLogin);

        cases.forEach((field, request) -> asAdmin().contentType(ContentType.JSON).body(request).put(PATH)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field)));
    }

    @Test
    void putRejectsUrlWithPassword() {
        String body = asAdmin().contentType(ContentType.JSON)
                .body(connection("http://dealer:hunter2secret@127.0.0.1:8069", "key"))
                .put(PATH)
                .then().statusCode(400)
                .body("errors.field", hasItem("url"))
                .extract().asString();

        assertThat(body).doesNotContain("hunter2secret");
    }

    @Test
    void putRejectsUnknownField() {
        Map<String, Object> request = connection(bpo.url(), "key");
        request.put("apiKeySet", true);

        asAdmin().contentType(ContentType.JSON).body(request).put(PATH)
                .then().statusCode(400)
                .body("errors.field", hasItem("apiKeySet"));
    }

    @Test
    void testReportsUid() {
        asAdmin().post(PATH + "/test")
                .then().statusCode(200)
                .body("ok", equalTo(true))
                .body("uid", equalTo(FakeBpoCrm.UID))
                .body("$", not(hasKey("error")));
    }

    @Test
    void testReportsBadKey() {
        asAdmin().contentType(ContentType.JSON).body(connection(bpo.url(), "bad-key-51c0")).put(PATH)
                .then().statusCode(200);

        String body = asAdmin().post(PATH + "/test")
                .then().statusCode(200)
                .body("ok", equalTo(false))
                .body("uid", nullValue())
                .body("error", containsString("rejected login 'dealer-sync' on database 'bpo'"))
                .extract().asString();

        assertThat(body).doesNotContain("bad-key-51c0");
    }

    @Test
    void testReportsUnreachableBpo() throws IOException {
        String closedUrl = "http://127.0.0.1:" + freePort();
        asAdmin().contentType(ContentType.JSON).body(connection(closedUrl, FakeBpoCrm.API_KEY)).put(PATH)
                .then().statusCode(200);

        asAdmin().post(PATH + "/test")
                .then().statusCode(200)
                .body("ok", equalTo(false))
                .body("error", containsString("Calling " + closedUrl + "/jsonrpc failed"));
    }

    @Test
    void apiKeyIsNeverLogged() {
        String secret = "logged-key-never-e41b";
        try (LogCapture logs = LogCapture.start()) {
            asAdmin().contentType(ContentType.JSON).body(connection(bpo.url(), secret)).put(PATH).then().statusCode(200);
            asAdmin().post(PATH + "/test").then().statusCode(200).body("ok", equalTo(false));

            assertThat(logs.contains("saved the BPO CRM connection")).isTrue();
            assertThat(logs.messages()).noneMatch(message -> message.contains(secret));
        }
    }

    @Test
    void connectionIsForAdminsOnly() {
        for (TestUsers.User user : new TestUsers.User[] {TestUsers.AGENT1, TestUsers.MANAGER1, TestUsers.BPO_CRM}) {
            as(user).get(PATH).then().statusCode(403);
            as(user).contentType(ContentType.JSON).body(connection(bpo.url(), "key")).put(PATH).then().statusCode(403);
            as(user).delete(PATH).then().statusCode(403);
            as(user).post(PATH + "/test").then().statusCode(403);
        }
    }

    @Test
    void connectionNeedsToken() {
        given().get(PATH).then().statusCode(401);
        given().post(PATH + "/test").then().statusCode(401);
        given().auth().oauth2(TestTokens.expiredTokenFor(TestUsers.ADMIN1)).get(PATH).then().statusCode(401);
    }

    private static Map<String, Object> connection(String url, String apiKey) {
        Map<String, Object> request = new HashMap<>();
        request.put("url", url);
        request.put("database", FakeBpoCrm.DATABASE);
        request.put("login", FakeBpoCrm.LOGIN);
        request.put("apiKey", apiKey);
        return request;
    }

    private static RequestSpecification asAdmin() {
        return as(TestUsers.ADMIN1);
    }

    private static RequestSpecification as(TestUsers.User user) {
        return given().auth().oauth2(TestTokens.tokenFor(user));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
