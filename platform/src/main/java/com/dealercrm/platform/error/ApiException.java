package com.dealercrm.platform.error;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A refusal that reaches the client as problem+json: the status, a title, and a detail sentence
 * a dealer agent can act on.
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String title;
    private final List<Problem.FieldError> errors;
    private final Map<String, Object> extensions = new LinkedHashMap<>();

    public ApiException(int status, String title, String detail, List<Problem.FieldError> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static ApiException badRequest(String field, String message) {
        return new ApiException(400, "Invalid input", "Field '" + field + "' is invalid: " + message, List.of(new Problem.FieldError(field, message)));
    }

    public static ApiException invalid(List<Problem.FieldError> errors) {
        String detail = errors.size() == 1
                ? "Field '" + errors.get(0).field() + "' is invalid: " + errors.get(0).message()
                : errors.size() + " fields are invalid; see errors.";
        return new ApiException(400, "Invalid input", detail, errors);
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(403, "Forbidden", detail, null);
    }

    public static ApiException notFound(String detail) {
        return new ApiException(404, "Not found", detail, null);
    }

    public static ApiException conflict(String detail) {
        return new ApiException(409, "Not allowed in the current state", detail, null);
    }

    public static ApiException preconditionFailed(String detail) {
        return new ApiException(412, "Stale version", detail, null);
    }

    public static ApiException unprocessable(String detail) {
        return new ApiException(422, "Missing data", detail, null);
    }

    public static ApiException unavailable(String detail) {
        return new ApiException(503, "Service unavailable", detail, null);
    }

    /** Adds an extension member to the problem, such as {@code pendingPickings}. */
    public ApiException with(String member, Object value) {
        extensions.put(member, value);
        return this;
    }

    public int status() {
        return status;
    }

    public Problem toProblem() {
        return new Problem(status, title, getMessage(), errors, extensions);
    }
}
