package com.dealercrm.bposimulator.rest;

import com.dealercrm.bposimulator.config.SimulatorConfig;
import com.dealercrm.bposimulator.service.CallLog;
import com.dealercrm.bposimulator.service.OdooException;
import com.dealercrm.bposimulator.service.OdooRpcService;
import com.dealercrm.bposimulator.service.SimulatorKnobs;
import com.dealercrm.bposimulator.service.SimulatorKnobs.Action;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;

/**
 * Odoo's {@code /jsonrpc} endpoint. Responses are HTTP 200 with a {@code result} or, for an Odoo
 * error, an {@code error} member, unless a knob makes the call fail at the HTTP level.
 */
@Path("/jsonrpc")
public class JsonRpcResource {

    private final OdooRpcService rpc;
    private final SimulatorKnobs knobs;
    private final CallLog calls;
    private final ObjectMapper mapper;
    private final Duration hold;

    public JsonRpcResource(OdooRpcService rpc, SimulatorKnobs knobs, CallLog calls, ObjectMapper mapper, SimulatorConfig config) {
        this.rpc = rpc;
        this.knobs = knobs;
        this.calls = calls;
        this.mapper = mapper;
        this.hold = config.sim().hold();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> call(String body, @Context HttpServerRequest request) {
        JsonNode rpcRequest = parse(body);
        JsonNode params = rpcRequest.path("params");
        Action action = knobs.next();
        Uni<Response> answer = answer(action, rpcRequest, params, request);
        if (action.delayMillis() > 0) {
            return answer.onItem().delayIt().by(Duration.ofMillis(action.delayMillis()));
        }
        return answer;
    }

    private Uni<Response> answer(Action action, JsonNode rpcRequest, JsonNode params, HttpServerRequest request) {
        if (action.down() == SimulatorKnobs.DownMode.HTTP503) {
            return httpFailure(params, 503, "Service Unavailable");
        }
        if (action.down() == SimulatorKnobs.DownMode.CLOSE) {
            return close(params, request, "closed (down)");
        }
        if (action.failure() == null) {
            return Uni.createFrom().item(json(dispatch(rpcRequest, params)));
        }
        return switch (action.failure()) {
            case HTTP500 -> httpFailure(params, 500, "Internal Server Error");
            case CLOSE -> close(params, request, "closed");
            case TIMEOUT -> holdThenClose(params, request);
            case SESSION_EXPIRED -> Uni.createFrom().item(json(error(rpcRequest, params,
                    new OdooException(OdooException.SESSION_EXPIRED, "odoo.http.SessionExpiredException", "Session expired"))));
        };
    }

    private ObjectNode dispatch(JsonNode rpcRequest, JsonNode params) {
        String service = params.path("service").asText();
        String method = params.path("method").asText();
        try {
            Object result = rpc.call(service, method, params.path("args"));
            log(params, "result");
            return envelope(rpcRequest).set("result", mapper.valueToTree(result));
        } catch (OdooException e) {
            return error(rpcRequest, params, e);
        }
    }

    private ObjectNode error(JsonNode rpcRequest, JsonNode params, OdooException e) {
        log(params, e.name());
        ObjectNode data = mapper.createObjectNode()
                .put("name", e.name())
                .put("debug", "Traceback (most recent call last):\n  (simulated)\n" + e.name() + ": " + e.getMessage())
                .put("message", e.getMessage());
        data.putArray("arguments").add(e.getMessage());
        data.putObject("context");
        ObjectNode error = mapper.createObjectNode().put("code", e.code()).put("message", e.title());
        error.set("data", data);
        return envelope(rpcRequest).set("error", error);
    }

    private ObjectNode envelope(JsonNode rpcRequest) {
        ObjectNode response = mapper.createObjectNode().put("jsonrpc", "2.0");
        response.set("id", rpcRequest.has("id") ? rpcRequest.get("id") : NullNode.getInstance());
        return response;
    }

    private Uni<Response> httpFailure(JsonNode params, int status, String reason) {
        log(params, "HTTP " + status);
        String html = "<html><body><h1>" + status + " " + reason + "</h1></body></html>";
        return Uni.createFrom().item(Response.status(status).type(MediaType.TEXT_HTML).entity(html).build());
    }

    private Uni<Response> close(JsonNode params, HttpServerRequest request, String response) {
        log(params, response);
        request.connection().close();
        return Uni.createFrom().<Response>nothing();
    }

    private Uni<Response> holdThenClose(JsonNode params, HttpServerRequest request) {
        log(params, "held for " + hold);
        return Uni.createFrom().voidItem()
                .onItem().delayIt().by(hold)
                .invoke(() -> request.connection().close())
                .replaceWith(Uni.createFrom().<Response>nothing());
    }

    private JsonNode parse(String body) {
        try {
            JsonNode node = body == null ? null : mapper.readTree(body);
            return node != null && node.isObject() ? node : mapper.createObjectNode();
        } catch (JsonProcessingException e) {
            Log.debugf("Request body is not JSON: %s", e.getOriginalMessage());
            return mapper.createObjectNode();
        }
    }

    private void log(JsonNode params, String response) {
        String service = params.path("service").asText(null);
        String method = params.path("method").asText(null);
        JsonNode args = params.path("args");
        String target = "execute_kw".equals(method) ? args.path(3).asText() + "." + args.path(4).asText() : null;
        calls.add(new CallLog.Entry(Instant.now(), service, method, target, response));
    }

    private static Response json(JsonNode body) {
        return Response.ok(body, MediaType.APPLICATION_JSON).build();
    }
}
