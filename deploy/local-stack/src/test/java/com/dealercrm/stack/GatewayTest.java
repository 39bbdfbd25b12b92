package com.dealercrm.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealercrm.infra.Ports;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Runs the gateway against small Vert.x servers that stand in for the services. Each stand-in
 * echoes its name and what it received. bpo-connector's port has no server, so its routes get the
 * response for a service that is down.
 */
class GatewayTest {

    private static final List<Component> RUNNING = List.of(
            Component.LEAD_SERVICE, Component.QUOTATION_SERVICE, Component.DELIVERY_SERVICE, Component.AUDIT_SERVICE);

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static Vertx vertx;
    private static Gateway gateway;

    @BeforeAll
    static void startBackendsAndGateway() throws Exception {
        vertx = Vertx.vertx();
        Map<Component, Integer> ports = new EnumMap<>(Component.class);
        for (Component component : Component.values()) {
            ports.put(component, Ports.freePort());
        }
        for (Component service : RUNNING) {
            startEchoServer(service.displayName(), ports.get(service));
        }
        gateway = Gateway.start("127.0.0.1", 0, GatewayRoutes.forPorts(ports));
    }

    @AfterAll
    static void stopAll() throws Exception {
        if (gateway != null) {
            gateway.close();
        }
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @ParameterizedTest
    @CsvSource({
            "/api/leads, lead-service",
            "/api/leads/5f0c2f57-2a43-4c1e-9a6b-0a1e00000001/mark-won, lead-service",
            "/api/leads/pipeline?page=0&size=20, lead-service",
            "/api/endorsements, lead-service",
            "/api/calls, lead-service",
            "/api/brands, quotation-service",
            "/api/products/42, quotation-service",
            "/api/sale-orders/42/lines/7, quotation-service",
            "/api/pickings/status?saleOrderId=42, delivery-service",
            "/api/stock/adjustments, delivery-service",
            "/api/audit/leads/42/messages, audit-service",
            "/api/audit/integrity, audit-service"})
    void routesPathToOwner(String pathAndQuery, String service) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(gatewayUri(pathAndQuery)).GET());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject echo = new JsonObject(response.body());
        assertThat(echo.getString("service")).isEqualTo(service);
        assertThat(echo.getString("uri")).isEqualTo(pathAndQuery);
    }

    @Test
    void forwardsAuthorizationMethodAndBody() throws Exception {
        String authorization = "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhZ2VudDEifQ.c2lnbmF0dXJl";
        HttpRequest.Builder request = HttpRequest.newBuilder(gatewayUri("/api/leads"))
                .header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"notes\":\"call back Monday\"}"));

        HttpResponse<String> response = send(request);

        JsonObject echo = new JsonObject(response.body());
        assertThat(echo.getString("authorization")).isEqualTo(authorization);
        assertThat(echo.getString("method")).isEqualTo("POST");
        assertThat(echo.getString("body")).isEqualTo("{\"notes\":\"call back Monday\"}");
    }

    @Test
    void passesServiceStatusAndHeadersThrough() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(gatewayUri("/api/leads/unauthorized")).GET());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
    }

    @ParameterizedTest
    @CsvSource({"/api/unknown", "/api/leadsx", "/api", "/", "/q/openapi"})
    void unknownPathIsNotFound(String path) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(gatewayUri(path)).GET());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonObject problem = new JsonObject(response.body());
        assertThat(problem.getInteger("status")).isEqualTo(404);
        assertThat(problem.getString("detail")).contains(path).contains("/api/leads");
    }

    @Test
    void downServiceIsUnavailable() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(gatewayUri("/api/bpo/callbacks")).GET());

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonObject problem = new JsonObject(response.body());
        assertThat(problem.getInteger("status")).isEqualTo(503);
        assertThat(problem.getString("detail")).startsWith("bpo-connector is not available");
        assertThat(problem.getString("instance")).isEqualTo("/api/bpo/callbacks");
    }

    @ParameterizedTest
    @CsvSource({"/api/leads/../audit/integrity", "/api/leads/%2e%2e/audit/integrity", "/api/leads/./42"})
    void dotSegmentIsRejected(String path) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(gatewayUri(path)).GET());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(new JsonObject(response.body()).getString("detail")).contains(path);
    }

    @Test
    void readinessListsEveryService() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(gatewayUri("/q/health/ready")).GET());

        assertThat(response.statusCode()).isEqualTo(503);
        JsonObject health = new JsonObject(response.body());
        assertThat(health.getString("status")).isEqualTo("DOWN");
        Map<String, Object> statuses = new java.util.HashMap<>();
        health.getJsonArray("checks").forEach(check -> statuses.put(((JsonObject) check).getString("name"), ((JsonObject) check).getString("status")));
        assertThat(statuses).containsExactlyInAnyOrderEntriesOf(Map.of(
                "lead-service", "UP",
                "quotation-service", "UP",
                "delivery-service", "UP",
                "bpo-connector", "DOWN",
                "audit-service", "UP"));
    }

    @Test
    void livenessIsUp() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(gatewayUri("/q/health/live")).GET());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(new JsonObject(response.body()).getString("status")).isEqualTo("UP");
    }

    private static void startEchoServer(String name, int port) throws Exception {
        HttpServer server = vertx.createHttpServer()
                .requestHandler(request -> echo(name, request))
                .listen(port, "127.0.0.1")
                .toCompletionStage()
                .toCompletableFuture()
                .get(10, TimeUnit.SECONDS);
        assertThat(server.actualPort()).isEqualTo(port);
    }

    private static void echo(String name, HttpServerRequest request) {
        if (request.path().equals("/q/health/ready")) {
            request.response().end("{\"status\":\"UP\"}");
            return;
        }
        if (request.path().endsWith("/unauthorized")) {
            request.response().setStatusCode(401).putHeader("WWW-Authenticate", "Bearer").end();
            return;
        }
        request.body().onSuccess(body -> request.response()
                .putHeader("Content-Type", "application/json")
                .end(new JsonObject()
                        .put("service", name)
                        .put("method", request.method().name())
                        .put("uri", request.uri())
                        .put("authorization", request.getHeader("Authorization"))
                        .put("body", body.toString())
                        .encode()));
    }

    private static URI gatewayUri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + gateway.port() + pathAndQuery);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return CLIENT.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
