package com.dealercrm.stack;

import io.vertx.core.Future;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The gateway's health endpoints, in the SmallRye Health response shape. Readiness is UP when every
 * service behind the gateway returns 200 from its own {@code /q/health/ready}.
 */
final class GatewayHealth {

    private static final long CHECK_TIMEOUT_MILLIS = 2_000;

    private final HttpClient client;
    private final Map<String, Integer> servicePorts = new LinkedHashMap<>();

    GatewayHealth(HttpClient client, List<GatewayRoute> routes) {
        this.client = client;
        for (GatewayRoute route : routes) {
            servicePorts.putIfAbsent(route.serviceName(), route.servicePort());
        }
    }

    void live(HttpServerResponse response) {
        send(response, 200, new JsonObject().put("status", "UP").put("checks", new JsonArray()));
    }

    void ready(HttpServerResponse response) {
        List<Future<JsonObject>> checks = new ArrayList<>();
        servicePorts.forEach((name, port) -> checks.add(check(name, port)));
        Future.join(checks).onComplete(done -> {
            JsonArray results = new JsonArray();
            boolean allUp = true;
            for (Future<JsonObject> check : checks) {
                results.add(check.result());
                allUp &= "UP".equals(check.result().getString("status"));
            }
            JsonObject body = new JsonObject().put("status", allUp ? "UP" : "DOWN").put("checks", results);
            send(response, allUp ? 200 : 503, body);
        });
    }

    /** Returns the service's status. A failed or timed-out check becomes DOWN, so one failure does not hide the others. */
    private Future<JsonObject> check(String name, int port) {
        RequestOptions request = new RequestOptions()
                .setMethod(HttpMethod.GET)
                .setHost("127.0.0.1")
                .setPort(port)
                .setURI("/q/health/ready")
                .setTimeout(CHECK_TIMEOUT_MILLIS);
        return client.request(request)
                .compose(HttpClientRequest::send)
                .compose(incoming -> incoming.body().map(body -> incoming.statusCode()))
                .map(statusCode -> status(name, statusCode == 200 ? "UP" : "DOWN"))
                .otherwise(failure -> status(name, "DOWN"));
    }

    private static JsonObject status(String name, String status) {
        return new JsonObject().put("name", name).put("status", status);
    }

    private static void send(HttpServerResponse response, int status, JsonObject body) {
        response.setStatusCode(status)
                .putHeader("Content-Type", "application/json")
                .end(body.toBuffer());
    }
}
