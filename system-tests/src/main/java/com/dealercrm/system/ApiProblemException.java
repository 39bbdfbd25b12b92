package com.dealercrm.system;

import com.fasterxml.jackson.databind.JsonNode;

/** A call through the gateway that did not return the expected status; carries the problem detail. */
public class ApiProblemException extends RuntimeException {

    private final int status;
    private final JsonNode problem;

    public ApiProblemException(String request, int status, JsonNode problem, String body) {
        super(request + " returned " + status + ": " + describe(problem, body));
        this.status = status;
        this.problem = problem;
    }

    public int status() {
        return status;
    }

    public JsonNode problem() {
        return problem;
    }

    private static String describe(JsonNode problem, String body) {
        if (problem != null && problem.hasNonNull("detail")) {
            return problem.get("detail").asText() + (problem.has("errors") ? " " + problem.get("errors") : "");
        }
        return body == null || body.isBlank() ? "(empty body)" : body;
    }
}
