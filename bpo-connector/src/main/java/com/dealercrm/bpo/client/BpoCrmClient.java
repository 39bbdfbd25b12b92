package com.dealercrm.bpo.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.smallrye.faulttolerance.api.CircuitBreakerName;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Calls BPO CRM through Odoo's external JSON-RPC API: {@code common.authenticate}, then
 * {@code object.execute_kw} on {@code crm.lead}.
 *
 * <p>Every call has a timeout. Callbacks also pass a circuit breaker, so that after repeated
 * failures the worker stops calling an unavailable BPO CRM for a while. Rejections
 * ({@link BpoRejectedException}) are valid responses, so they do not open the breaker. There is
 * no in-process retry, because a failed callback is retried by its job with a durable backoff.
 */
@ApplicationScoped
public class BpoCrmClient {

    /** The circuit breaker name, for {@code CircuitBreakerMaintenance}. */
    public static final String CIRCUIT_BREAKER = "bpo-crm";

    static final String CRM_LEAD = "crm.lead";
    static final String UPDATE_FROM_DEALER_CALLBACK = "update_from_dealer_callback";

    private static final String ACCESS_DENIED = "odoo.exceptions.AccessDenied";
    private static final String ODOO_EXCEPTIONS = "odoo.exceptions.";
    private static final int SESSION_EXPIRED = 100;

    private final OdooJsonRpcApi api;
    private final ObjectMapper mapper;
    private final AtomicLong requestIds = new AtomicLong();

    public BpoCrmClient(@RestClient OdooJsonRpcApi api, ObjectMapper mapper) {
        this.api = api;
        this.mapper = mapper;
    }

    /** Authenticates and sends one callback. The result completes when BPO CRM accepted the callback. */
    @Timeout(15000)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 60000, successThreshold = 1,
            skipOn = BpoRejectedException.class)
    @CircuitBreakerName(CIRCUIT_BREAKER)
    public Uni<JsonNode> sendCallback(ConnectionSettings settings, CallbackPayload payload) {
        Log.debugf("Sending %s callback for BPO lead %d (dealer lead %s) to %s",
                payload.outcome(), payload.bpoLeadId(), payload.dealerLeadId(), settings.baseUrl());
        return authenticate(settings)
                .flatMap(uid -> executeKw(settings, uid, CRM_LEAD, UPDATE_FROM_DEALER_CALLBACK, List.of(payload)));
    }

    /** Checks the settings with {@code common.authenticate} and returns the user id. */
    @Timeout(15000)
    public Uni<Integer> testConnection(ConnectionSettings settings) {
        return authenticate(settings);
    }

    private Uni<Integer> authenticate(ConnectionSettings settings) {
        List<Object> args = List.of(settings.database(), settings.login(), settings.apiKey(), Map.of());
        return call(settings, "common", "authenticate", args)
                .map(result -> userId(settings, result));
    }

    private Uni<JsonNode> executeKw(ConnectionSettings settings, int uid, String model, String method, List<Object> methodArgs) {
        List<Object> args = List.of(settings.database(), uid, settings.apiKey(), model, method, methodArgs, Map.of());
        return call(settings, "object", "execute_kw", args);
    }

    private Uni<JsonNode> call(ConnectionSettings settings, String service, String method, List<Object> args) {
        JsonRpcRequest request = JsonRpcRequest.call(requestIds.incrementAndGet(), service, method, args);
        return api.call(settings.baseUrl(), request)
                .onFailure().transform(failure -> transportFailure(settings, failure))
                .map(body -> result(settings, service + "." + method, body));
    }

    private static int userId(ConnectionSettings settings, JsonNode result) {
        if (result.isInt() && result.asInt() > 0) {
            return result.asInt();
        }
        throw new BpoRejectedException("BPO CRM rejected login '" + settings.login() + "' on database '" + settings.database()
                + "'. Check the database, login and API key of the BPO CRM connection.", true);
    }

    /** Returns the {@code result} member of a JSON-RPC response, or raises the error it carries. */
    private JsonNode result(ConnectionSettings settings, String call, String body) {
        JsonNode response = parse(settings, call, body);
        JsonNode error = response.get("error");
        if (error != null && !error.isNull()) {
            throw odooError(settings, call, error);
        }
        if (!response.has("result")) {
            throw new BpoUnavailableException("BPO CRM at " + settings.baseUrl() + " returned neither a result nor an error for "
                    + call + ".", null);
        }
        return response.get("result");
    }

    private JsonNode parse(ConnectionSettings settings, String call, String body) {
        try {
            JsonNode response = body == null ? null : mapper.readTree(body);
            if (response != null && response.isObject()) {
                return response;
            }
        } catch (JsonProcessingException e) {
            Log.debugf("BPO CRM response to %s is not JSON: %s", call, e.getOriginalMessage());
        }
        throw new BpoUnavailableException("BPO CRM at " + settings.baseUrl() + " returned a body that is not a JSON-RPC response for "
                + call + ".", null);
    }

    private static BpoCallException odooError(ConnectionSettings settings, String call, JsonNode error) {
        int code = error.path("code").asInt();
        String name = error.path("data").path("name").asText("");
        String message = error.path("data").path("message").asText(error.path("message").asText("no message"));
        if (code == SESSION_EXPIRED) {
            return new BpoUnavailableException("BPO CRM session expired (error code 100) during " + call + ": " + message, null);
        }
        if (ACCESS_DENIED.equals(name)) {
            return new BpoRejectedException("BPO CRM denied access to login '" + settings.login() + "' on database '"
                    + settings.database() + "' (" + name + ": " + message + "). Check the API key of the BPO CRM connection.", true);
        }
        if (name.startsWith(ODOO_EXCEPTIONS)) {
            return new BpoRejectedException("BPO CRM rejected " + call + " (" + name + "): " + message, false);
        }
        String failure = name.isEmpty() ? "error code " + code : name;
        return new BpoUnavailableException("BPO CRM failed on " + call + " (" + failure + "): " + message, null);
    }

    private static Throwable transportFailure(ConnectionSettings settings, Throwable failure) {
        String endpoint = settings.baseUrl() + "/jsonrpc";
        if (failure instanceof WebApplicationException http && http.getResponse() != null) {
            int status = http.getResponse().getStatus();
            if (status >= 500 || status == 408 || status == 429) {
                return new BpoUnavailableException("BPO CRM responded with HTTP " + status + " at " + endpoint + ".", failure);
            }
            return new BpoRejectedException("BPO CRM responded with HTTP " + status + " at " + endpoint
                    + ". Check the URL of the BPO CRM connection.", false);
        }
        Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
        return new BpoUnavailableException("Calling " + endpoint + " failed: " + describe(cause), failure);
    }

    private static String describe(Throwable failure) {
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
    }
}
