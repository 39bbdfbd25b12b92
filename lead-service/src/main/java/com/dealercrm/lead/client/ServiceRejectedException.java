package com.dealercrm.lead.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

/**
 * A 4xx response of quotation-service or delivery-service. The service responded, so this is no
 * sign of an outage, and it neither opens a circuit breaker nor is retried.
 */
public class ServiceRejectedException extends RuntimeException {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String service;
    private final int status;
    private final String detail;

    public ServiceRejectedException(String service, int status, String detail) {
        super(service + " responded with HTTP " + status + (detail == null ? "" : ": " + detail), null, false, false);
        this.service = service;
        this.status = status;
        this.detail = detail;
    }

    public String service() {
        return service;
    }

    public int status() {
        return status;
    }

    /** Returns the {@code detail} of the service's problem response, or null when it sent none. */
    public String detail() {
        return detail;
    }

    static boolean isClientError(Throwable failure) {
        return failure instanceof WebApplicationException http
                && http.getResponse() != null
                && http.getResponse().getStatus() >= 400
                && http.getResponse().getStatus() < 500;
    }

    static boolean isNotFound(Throwable failure) {
        return failure instanceof WebApplicationException http
                && http.getResponse() != null
                && http.getResponse().getStatus() == 404;
    }

    /** Turns a 4xx failure of the REST client into this exception; other failures pass unchanged. */
    static Throwable fromClientError(String service, Throwable failure) {
        if (!isClientError(failure)) {
            return failure;
        }
        Response response = ((WebApplicationException) failure).getResponse();
        return new ServiceRejectedException(service, response.getStatus(), problemDetail(response));
    }

    private static String problemDetail(Response response) {
        try {
            JsonNode problem = MAPPER.readTree(response.readEntity(String.class));
            JsonNode detail = problem == null ? null : problem.get("detail");
            return detail == null || !detail.isTextual() ? null : detail.asText();
        } catch (Exception e) {
            // The body is not problem+json or was already consumed, so only the status shows what failed.
            return null;
        }
    }
}
