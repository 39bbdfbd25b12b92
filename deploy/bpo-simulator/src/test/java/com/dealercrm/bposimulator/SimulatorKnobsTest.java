package com.dealercrm.bposimulator;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SimulatorKnobsTest {

    private static final List<Object> AUTHENTICATE = List.of(JsonRpc.DATABASE, JsonRpc.LOGIN, JsonRpc.API_KEY, Map.of());

    @BeforeEach
    @AfterEach
    void reset() {
        given().post("/sim/reset").then().statusCode(200);
    }

    @Test
    void downAnswers503UntilUp() {
        given().post("/sim/down").then().statusCode(200).body("down", equalTo(true)).body("downMode", equalTo("HTTP503"));

        JsonRpc.call("common", "authenticate", AUTHENTICATE).statusCode(503);
        JsonRpc.call("common", "authenticate", AUTHENTICATE).statusCode(503);

        given().post("/sim/up").then().statusCode(200).body("down", equalTo(false));
        JsonRpc.call("common", "authenticate", AUTHENTICATE).statusCode(200).body("result", equalTo(JsonRpc.UID));
    }

    @Test
    void downWithCloseDropsConnection() {
        given().post("/sim/down?mode=close").then().statusCode(200).body("downMode", equalTo("CLOSE"));

        assertThatThrownBy(() -> JsonRpc.call("common", "authenticate", AUTHENTICATE))
                .isInstanceOf(Exception.class);
    }

    @Test
    void failNextFailsThatManyCalls() {
        given().post("/sim/fail-next?count=2&mode=http500").then().statusCode(200).body("failNext.size()", equalTo(2));

        JsonRpc.call("common", "authenticate", AUTHENTICATE).statusCode(500);
        JsonRpc.call("common", "authenticate", AUTHENTICATE).statusCode(500);
        JsonRpc.call("common", "authenticate", AUTHENTICATE).statusCode(200).body("result", equalTo(JsonRpc.UID));
    }

    @Test
    void sessionExpiredIsErrorCode100() {
        given().post("/sim/fail-next?mode=session-expired").then().statusCode(200);

        JsonRpc.call("common", "authenticate", AUTHENTICATE)
                .statusCode(200)
                .body("error.code", equalTo(100))
                .body("error.data.name", equalTo("odoo.http.SessionExpiredException"));
    }

    @Test
    void timeoutHoldsTheCall() {
        given().post("/sim/fail-next?mode=timeout").then().statusCode(200);
        RestAssuredConfig shortTimeout = RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                .setParam("http.socket.timeout", 1000)
                .setParam("http.connection.timeout", 1000));

        assertThatThrownBy(() -> given().config(shortTimeout).contentType(ContentType.JSON)
                .body(Map.of("jsonrpc", "2.0", "method", "call", "id", 1,
                        "params", Map.of("service", "common", "method", "authenticate", "args", AUTHENTICATE)))
                .post("/jsonrpc"))
                .isInstanceOf(SocketTimeoutException.class);

        JsonRpc.call("common", "authenticate", AUTHENTICATE).statusCode(200);
    }

    @Test
    void slowDelaysAnswers() {
        given().post("/sim/slow?ms=700").then().statusCode(200).body("slowMillis", equalTo(700));

        Instant start = Instant.now();
        JsonRpc.call("common", "version", List.of()).statusCode(200);

        assertThat(Duration.between(start, Instant.now())).isGreaterThanOrEqualTo(Duration.ofMillis(700));
    }

    @Test
    void knobsRejectInvalidValues() {
        given().post("/sim/fail-next?mode=explode").then().statusCode(400).body("error", containsString("explode"));
        given().post("/sim/fail-next?count=0").then().statusCode(400).body("error", containsString("count"));
        given().post("/sim/down?mode=sideways").then().statusCode(400).body("error", containsString("sideways"));
        given().post("/sim/slow?ms=-5").then().statusCode(400).body("error", containsString("-5"));
    }

    @Test
    void controlsWorkWhileDown() {
        given().post("/sim/down").then().statusCode(200);

        given().get("/sim/leads").then().statusCode(200).body("size()", equalTo(3));
        given().get("/sim/state").then().statusCode(200).body("down", equalTo(true));
    }

    @Test
    void callLogOmitsApiKey() {
        JsonRpc.call("common", "authenticate", AUTHENTICATE).statusCode(200);
        JsonRpc.callback(JsonRpc.won(1234, "4b7e1c1e-0000-4000-8000-000000000001")).statusCode(200);

        String log = given().get("/sim/calls").then().statusCode(200)
                .body("size()", equalTo(2))
                .body("[0].method", equalTo("authenticate"))
                .body("[1].target", equalTo("crm.lead.update_from_dealer_callback"))
                .body("[1].response", equalTo("result"))
                .extract().asString();

        assertThat(log).doesNotContain(JsonRpc.API_KEY);
    }
}
