package com.dealercrm.bposimulator;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A Keycloak token endpoint and a dealer {@code /api/endorsements} on one 127.0.0.1 port, for
 * the endorse command. The dealer accepts only the token that the token endpoint issues.
 */
public class FakeDealerResource implements QuarkusTestResourceLifecycleManager {

    static final String CLIENT_SECRET = "fake-client-secret-91d2";
    static final String ACCESS_TOKEN = "fake-access-token-77aa";

    /** A request the fake received: its path, Authorization header and body. */
    record Received(String path, String authorization, String body) {
    }

    static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();
    static volatile boolean rejectCredentials;

    private static Vertx vertx;
    private static HttpServer server;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        server = await(vertx.createHttpServer()
                .requestHandler(request -> request.body().onSuccess(body -> handle(request, body.toString())))
                .listen(0, "127.0.0.1"));
        String base = "http://127.0.0.1:" + server.actualPort();
        return Map.of(
                "bpo.dealer.url", base,
                "bpo.dealer.token-url", base + "/token",
                "bpo.dealer.client-secret", CLIENT_SECRET);
    }

    @Override
    public void stop() {
        await(server.close());
        await(vertx.close());
    }

    private static void handle(HttpServerRequest request, String body) {
        RECEIVED.add(new Received(request.path(), request.getHeader("Authorization"), body));
        if (request.path().equals("/token")) {
            token(request, form(body));
        } else if (request.path().equals("/api/endorsements")) {
            endorsement(request);
        } else {
            request.response().setStatusCode(404).end();
        }
    }

    private static void token(HttpServerRequest request, Map<String, String> form) {
        boolean valid = !rejectCredentials
                && "client_credentials".equals(form.get("grant_type"))
                && "bpo-crm".equals(form.get("client_id"))
                && CLIENT_SECRET.equals(form.get("client_secret"));
        if (!valid) {
            request.response().setStatusCode(401).end(new JsonObject().put("error", "unauthorized_client").encode());
            return;
        }
        request.response().putHeader("Content-Type", "application/json")
                .end(new JsonObject().put("access_token", ACCESS_TOKEN).put("token_type", "Bearer").put("expires_in", 300).encode());
    }

    private static void endorsement(HttpServerRequest request) {
        if (!("Bearer " + ACCESS_TOKEN).equals(request.getHeader("Authorization"))) {
            request.response().setStatusCode(401).end();
            return;
        }
        JsonObject lead = new JsonObject()
                .put("id", "0b6f8a52-5a8e-4a53-9d57-5b7c3b1f0001")
                .put("reference", "DLEAD/00001")
                .put("stage", "NEGOTIATION");
        request.response().setStatusCode(201).putHeader("Content-Type", "application/json").end(lead.encode());
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new HashMap<>();
        for (String pair : body.split("&")) {
            String[] parts = pair.split("=", 2);
            form.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8), parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
        }
        return form;
    }

    private static <T> T await(io.vertx.core.Future<T> future) {
        try {
            return future.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Fake dealer server failed to start or stop", e);
        }
    }
}
