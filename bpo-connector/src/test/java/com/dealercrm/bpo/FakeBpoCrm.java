package com.dealercrm.bpo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * An Odoo JSON-RPC server on 127.0.0.1 for tests, speaking the wire format of BPO CRM:
 * {@code common.authenticate} and {@code object.execute_kw} of
 * {@code crm.lead.update_from_dealer_callback}, with Odoo's error envelope. Tests can stop it
 * (connection refused) and make it fail the next calls.
 */
public final class FakeBpoCrm {

    public static final String DATABASE = "bpo";
    public static final String LOGIN = "dealer-sync";
    public static final String API_KEY = "fake-bpo-key-5d1c";
    public static final int UID = 7;

    /** How the next calls fail. */
    public enum Failure {
        HTTP_503,
        /** Reads the request and never responds. */
        NO_ANSWER,
        /** Responds with Odoo's session-expired error, code 100. */
        SESSION_EXPIRED
    }

    /** One JSON-RPC call as received. */
    public record Call(String service, String method, JsonNode args) {

        public boolean isCallbackFor(long bpoLeadId) {
            return "execute_kw".equals(method) && args.path(5).path(0).path("bpo_lead_id").asLong() == bpoLeadId;
        }

        public JsonNode payload() {
            return args.path(5).path(0);
        }
    }

    /** A BPO lead and what callbacks did to it. */
    public static final class Lead {
        public final long id;
        public final String reference;
        public volatile String stage = "negotiation";
        public volatile JsonNode appliedPayload;

        Lead(long id, String reference) {
            this.id = id;
            this.reference = reference;
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Vertx vertx = Vertx.vertx();
    private final Map<Long, Lead> leads = new ConcurrentHashMap<>();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Queue<Failure> failures = new ConcurrentLinkedQueue<>();
    private final List<HttpServerRequest> unanswered = new CopyOnWriteArrayList<>();
    private volatile boolean acceptAnyKeyOnAuthenticate;
    private HttpServer server;
    private int port;

    /** Starts listening, on the same port as before after a {@link #stop()}. */
    public synchronized void start() {
        if (server != null) {
            return;
        }
        HttpServer created = vertx.createHttpServer(new HttpServerOptions().setHost("127.0.0.1").setPort(port))
                .requestHandler(request -> request.body()
                        .onSuccess(body -> handle(request, body))
                        .onFailure(failure -> request.response().setStatusCode(400).end()));
        server = await(created.listen());
        port = server.actualPort();
    }

    /** Stops listening and drops unanswered requests, so calls get "connection refused". */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        unanswered.forEach(request -> request.connection().close());
        unanswered.clear();
        await(server.close());
        server = null;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public void failNext(int count, Failure failure) {
        for (int i = 0; i < count; i++) {
            failures.add(failure);
        }
    }

    /**
     * Makes {@code authenticate} accept any API key, so that a wrong key is only caught by
     * {@code execute_kw} with {@code odoo.exceptions.AccessDenied}.
     */
    public void acceptAnyKeyOnAuthenticate(boolean accept) {
        acceptAnyKeyOnAuthenticate = accept;
    }

    /** Clears pending failures and starts the server if it was stopped. */
    public void reset() {
        failures.clear();
        acceptAnyKeyOnAuthenticate = false;
        start();
    }

    public Lead addLead(long id, String reference) {
        Lead lead = new Lead(id, reference);
        leads.put(id, lead);
        return lead;
    }

    public Lead lead(long id) {
        return leads.get(id);
    }

    public List<Call> callbacksFor(long bpoLeadId) {
        return calls.stream().filter(call -> call.isCallbackFor(bpoLeadId)).toList();
    }

    private void handle(HttpServerRequest request, Buffer body) {
        JsonNode rpc;
        try {
            rpc = MAPPER.readTree(body.toString());
        } catch (Exception e) {
            request.response().setStatusCode(400).end("not JSON");
            return;
        }
        JsonNode params = rpc.path("params");
        calls.add(new Call(params.path("service").asText(), params.path("method").asText(), params.path("args")));
        Failure failure = failures.poll();
        if (failure == Failure.HTTP_503) {
            request.response().setStatusCode(503).putHeader("Content-Type", "text/html").end("<h1>Service Unavailable</h1>");
            return;
        }
        if (failure == Failure.NO_ANSWER) {
            unanswered.add(request);
            return;
        }
        ObjectNode response = MAPPER.createObjectNode().put("jsonrpc", "2.0").set("id", rpc.path("id"));
        if (failure == Failure.SESSION_EXPIRED) {
            response.set("error", error(100, "Odoo Session Expired", "odoo.http.SessionExpiredException", "Session expired"));
        } else {
            answer(params, response);
        }
        request.response().putHeader("Content-Type", "application/json").end(response.toString());
    }

    private void answer(JsonNode params, ObjectNode response) {
        String call = params.path("service").asText() + "." + params.path("method").asText();
        JsonNode args = params.path("args");
        switch (call) {
            case "common.authenticate" -> response.set("result", authenticate(args));
            case "object.execute_kw" -> executeKw(args, response);
            default -> response.set("error", error(200, "Odoo Server Error", "builtins.KeyError", "unknown method " + call));
        }
    }

    private JsonNode authenticate(JsonNode args) {
        boolean valid = DATABASE.equals(args.path(0).asText()) && LOGIN.equals(args.path(1).asText())
                && (acceptAnyKeyOnAuthenticate || API_KEY.equals(args.path(2).asText()));
        return valid ? MAPPER.getNodeFactory().numberNode(UID) : MAPPER.getNodeFactory().booleanNode(false);
    }

    private void executeKw(JsonNode args, ObjectNode response) {
        if (!DATABASE.equals(args.path(0).asText()) || args.path(1).asInt() != UID || !API_KEY.equals(args.path(2).asText())) {
            response.set("error", error(200, "Odoo Server Error", "odoo.exceptions.AccessDenied", "Access Denied"));
            return;
        }
        if (!"crm.lead".equals(args.path(3).asText()) || !"update_from_dealer_callback".equals(args.path(4).asText())) {
            response.set("error", error(200, "Odoo Server Error", "builtins.AttributeError", "unknown method"));
            return;
        }
        JsonNode payload = args.path(5).path(0);
        Lead lead = leads.get(payload.path("bpo_lead_id").asLong());
        if (lead == null) {
            response.set("error", error(200, "Odoo Server Error", "odoo.exceptions.UserError",
                    "BPO lead " + payload.path("bpo_lead_id").asLong() + " does not exist."));
            return;
        }
        String outcome = payload.path("outcome").asText();
        synchronized (lead) {
            if (lead.appliedPayload != null && !lead.stage.equals(outcome)) {
                response.set("error", error(200, "Odoo Server Error", "odoo.exceptions.UserError",
                        "Lead " + lead.reference + " is already " + lead.stage + "."));
                return;
            }
            lead.stage = outcome;
            lead.appliedPayload = payload;
        }
        response.set("result", MAPPER.createObjectNode().put("id", lead.id).put("stage", lead.stage));
    }

    private static ObjectNode error(int code, String message, String name, String detail) {
        ObjectNode data = MAPPER.createObjectNode().put("name", name).put("message", detail).put("debug", "Traceback ...");
        ArrayNode arguments = data.putArray("arguments");
        arguments.add(detail);
        data.putObject("context");
        return MAPPER.createObjectNode().put("code", code).put("message", message).set("data", data);
    }

    private static <T> T await(io.vertx.core.Future<T> future) {
        try {
            return future.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Fake BPO CRM failed to start or stop", e);
        }
    }
}
