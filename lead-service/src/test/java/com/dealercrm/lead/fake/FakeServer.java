package com.dealercrm.lead.fake;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An HTTP server on 127.0.0.1 and a random port that replaces one of the Dealer CRM services that
 * lead-service calls. It records every request, and tests can slow it down, make it fail with a
 * status, or stop it so that connections are refused. Subclasses implement the routes.
 */
public abstract class FakeServer {

    /** One request as received. */
    public record Request(String method, String path, String query, String authorization, String idempotencyKey, String body) {
    }

    /** The caller named by a bearer token: the subject and the realm roles. The fake does not check signatures. */
    protected record Caller(String id, String name, List<String> roles) {

        boolean isManagerOrAdmin() {
            return roles.contains("dealer-manager") || roles.contains("dealer-admin");
        }

        boolean hasDealerRole() {
            return isManagerOrAdmin() || roles.contains("dealer-user");
        }
    }

    /** A response to write: status, JSON body (or null) and extra headers. */
    protected record Response(int status, Object body, String contentType, Map<String, String> headers) {
    }

    /** Reads request bodies strictly, as the real services do: an unknown field is an error. */
    protected static final ObjectMapper STRICT_JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private static final Set<String> DEALER_ROLES = Set.of("dealer-user", "dealer-manager", "dealer-admin");

    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private volatile Duration delay = Duration.ZERO;
    private volatile String delayedMethod;
    private volatile int failureStatus;
    private HttpServer server;
    private ExecutorService executor;
    private int port;

    /** Starts listening, on the same port as before after {@link #stop()}. */
    public synchronized void start() {
        if (server != null) {
            return;
        }
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
        } catch (IOException e) {
            throw new UncheckedIOException("Starting " + getClass().getSimpleName() + " on 127.0.0.1:" + port + " failed", e);
        }
        port = server.getAddress().getPort();
        executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, getClass().getSimpleName());
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Stops listening, so that connections are refused until {@link #start()}. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        server.stop(0);
        executor.shutdownNow();
        server = null;
    }

    public synchronized String url() {
        return "http://127.0.0.1:" + port;
    }

    /** Resumes normal responses and clears the recorded requests. The stored data stays. */
    public void reset() {
        delay = Duration.ZERO;
        delayedMethod = null;
        failureStatus = 0;
        requests.clear();
        start();
    }

    /** Handles each request as usual, then waits this long before responding. */
    public void respondAfter(Duration delay) {
        this.delayedMethod = null;
        this.delay = delay;
    }

    /** Handles each request as usual, then waits this long before responding to requests with this HTTP method. */
    public void respondAfter(String method, Duration delay) {
        this.delayedMethod = method;
        this.delay = delay;
    }

    /** Responds to every request with this status and a problem body, without handling it. */
    public void failWith(int status) {
        this.failureStatus = status;
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    /** Returns the response to one request; {@code caller} is null without a readable bearer token. */
    protected abstract Response route(String method, String path, Map<String, String> query, Caller caller, Request request);

    protected static Response json(int status, Object body) {
        return new Response(status, body, "application/json", Map.of());
    }

    protected static Response problem(int status, String title, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        return new Response(status, body, "application/problem+json", Map.of());
    }

    protected static Response invalid(String field, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", "Invalid input");
        body.put("status", 400);
        body.put("detail", "Field '" + field + "' is invalid: " + message);
        body.put("errors", List.of(Map.of("field", field, "message", message)));
        return new Response(400, body, "application/problem+json", Map.of());
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = read(exchange.getRequestBody());
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestURI().getRawQuery(), authorization, exchange.getRequestHeaders().getFirst("Idempotency-Key"), body);
            requests.add(request);
            Response response = respond(request);
            if (delayedMethod == null || delayedMethod.equals(request.method())) {
                pause();
            }
            write(exchange, response);
        }
    }

    private Response respond(Request request) {
        if (failureStatus != 0) {
            return problem(failureStatus, "Service unavailable", "The fake service was told to fail.");
        }
        Caller caller = caller(request.authorization());
        if (caller == null) {
            return problem(401, "Unauthorized", "A valid bearer token is required; sign in again.");
        }
        if (!caller.hasDealerRole()) {
            return problem(403, "Forbidden", "Your role does not allow this action.");
        }
        return route(request.method(), request.path(), query(request.query()), caller, request);
    }

    private void pause() {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void write(HttpExchange exchange, Response response) throws IOException {
        byte[] bytes = response.body() == null ? new byte[0] : JSON.writeValueAsBytes(response.body());
        exchange.getResponseHeaders().set("Content-Type", response.contentType());
        response.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        exchange.sendResponseHeaders(response.status(), bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private static String read(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    private static Map<String, String> query(String rawQuery) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : java.net.URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            parameters.put(name, value);
        }
        return parameters;
    }

    private static Caller caller(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return null;
        }
        String[] parts = authorization.substring("Bearer ".length()).split("\\.");
        if (parts.length != 3) {
            return null;
        }
        try {
            JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
            List<String> roles = STRICT_JSON.convertValue(claims.path("realm_access").path("roles"),
                    STRICT_JSON.getTypeFactory().constructCollectionType(List.class, String.class));
            return new Caller(claims.path("sub").asText(), claims.path("preferred_username").asText(),
                    roles == null ? List.of() : roles.stream().filter(DEALER_ROLES::contains).toList());
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }
}
