package com.dealercrm.platform.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.smallrye.mutiny.CompositeException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Maps every failure to problem+json. No stack trace, class name or SQL text reaches a client:
 * unexpected failures are logged with their exception and returned as a generic 500.
 */
public class ProblemMappers {

    @ServerExceptionMapper
    public RestResponse<Problem> apiException(ApiException e) {
        if (e.status() >= 500) {
            Log.warnf("Returning %d: %s", e.status(), e.getMessage());
        }
        return respond(e.toProblem());
    }

    @ServerExceptionMapper
    public RestResponse<Problem> constraintViolation(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(violation -> new Problem.FieldError(fieldName(violation), violation.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        return respond(ApiException.invalid(errors).toProblem());
    }

    @ServerExceptionMapper
    public RestResponse<Problem> unrecognizedProperty(UnrecognizedPropertyException e) {
        String field = path(e);
        return respond(ApiException.badRequest(field, "unknown field; remove it from the request").toProblem());
    }

    @ServerExceptionMapper
    public RestResponse<Problem> invalidFormat(InvalidFormatException e) {
        String field = path(e);
        String message;
        if (e.getTargetType() != null && e.getTargetType().isEnum()) {
            String allowed = Arrays.stream(e.getTargetType().getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
            message = "'" + e.getValue() + "' is not one of " + allowed;
        } else {
            message = "'" + e.getValue() + "' is not a valid " + simpleTypeName(e.getTargetType());
        }
        return respond(ApiException.badRequest(field, message).toProblem());
    }

    @ServerExceptionMapper
    public RestResponse<Problem> mismatchedInput(MismatchedInputException e) {
        String field = path(e);
        if (field.isEmpty()) {
            return respond(new ApiException(400, "Invalid input", "The request body is missing or is not a JSON object of the expected shape.", null).toProblem());
        }
        return respond(ApiException.badRequest(field, "expected a " + simpleTypeName(e.getTargetType())).toProblem());
    }

    @ServerExceptionMapper
    public RestResponse<Problem> jsonMapping(JsonMappingException e) {
        String field = path(e);
        if (field.isEmpty()) {
            return respond(new ApiException(400, "Invalid input", "The request body is not valid JSON.", null).toProblem());
        }
        String reason = e.getCause() instanceof IllegalArgumentException cause && cause.getMessage() != null ? cause.getMessage() : "invalid value";
        return respond(ApiException.badRequest(field, reason).toProblem());
    }

    @ServerExceptionMapper
    public RestResponse<Problem> malformedJson(JsonProcessingException e) {
        return respond(new ApiException(400, "Invalid input", "The request body is not valid JSON; check quotes, commas and brackets.", null).toProblem());
    }

    @ServerExceptionMapper
    public RestResponse<Problem> unsupportedMediaType(NotSupportedException e) {
        return respond(new ApiException(400, "Invalid input", "The request body must be sent with Content-Type: application/json.",
                List.of(new Problem.FieldError("Content-Type", "must be application/json"))).toProblem());
    }

    @ServerExceptionMapper
    public RestResponse<Problem> notFound(NotFoundException e) {
        return respond(ApiException.notFound("No resource exists at this path.").toProblem());
    }

    @ServerExceptionMapper
    public RestResponse<Problem> notAllowed(NotAllowedException e) {
        return respond(new ApiException(405, "Method not allowed", "This path does not accept that HTTP method.", null).toProblem());
    }

    @ServerExceptionMapper
    public RestResponse<Problem> unauthorized(UnauthorizedException e) {
        return respond(new ApiException(401, "Unauthorized", "A valid bearer token is required; sign in again.", null).toProblem());
    }

    @ServerExceptionMapper
    public RestResponse<Problem> authenticationFailed(AuthenticationFailedException e) {
        return respond(new ApiException(401, "Unauthorized", "The bearer token is missing, invalid or expired; sign in again.", null).toProblem());
    }

    @ServerExceptionMapper
    public RestResponse<Problem> forbidden(ForbiddenException e) {
        return respond(ApiException.forbidden("Your role does not allow this action.").toProblem());
    }

    @ServerExceptionMapper
    public RestResponse<Problem> optimisticLock(OptimisticLockException e) {
        return respond(ApiException.conflict("Someone else changed this record at the same time; reload it and try again.").toProblem());
    }

    @ServerExceptionMapper
    public RestResponse<Problem> staleState(StaleStateException e) {
        return respond(ApiException.conflict("Someone else changed this record at the same time; reload it and try again.").toProblem());
    }

    @ServerExceptionMapper
    public RestResponse<Problem> webApplication(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json);
        }
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status >= 500) {
            Log.errorf(e, "Request failed with %d", status);
            return respond(new ApiException(500, "Internal error", "The request failed unexpectedly; try again later.", null).toProblem());
        }
        Response.StatusType statusType = Response.Status.fromStatusCode(status);
        String title = statusType == null ? "Error" : statusType.getReasonPhrase();
        return respond(new ApiException(status, title, title + ".", null).toProblem());
    }

    @ServerExceptionMapper
    public RestResponse<Problem> composite(CompositeException e) {
        Throwable first = e.getCauses().isEmpty() ? e : e.getCauses().get(0);
        if (first instanceof ApiException api) {
            return apiException(api);
        }
        Log.errorf(e, "Request failed");
        return respond(new ApiException(500, "Internal error", "The request failed unexpectedly; try again later.", null).toProblem());
    }

    @ServerExceptionMapper
    public RestResponse<Problem> unexpected(Throwable e) {
        Log.errorf(e, "Request failed");
        return respond(new ApiException(500, "Internal error", "The request failed unexpectedly; try again later.", null).toProblem());
    }

    /** Maps a JSON failure that arrives wrapped, by its most specific type. */
    private RestResponse<Problem> json(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unrecognized) {
            return unrecognizedProperty(unrecognized);
        }
        if (e instanceof InvalidFormatException invalid) {
            return invalidFormat(invalid);
        }
        if (e instanceof MismatchedInputException mismatched) {
            return mismatchedInput(mismatched);
        }
        if (e instanceof JsonMappingException mapping) {
            return jsonMapping(mapping);
        }
        return malformedJson(e);
    }

    private static RestResponse<Problem> respond(Problem problem) {
        return RestResponse.ResponseBuilder.<Problem>create(problem.status)
                .entity(problem)
                .type(Problem.MEDIA_TYPE)
                .build();
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(reference -> reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }

    private static String fieldName(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        // Method parameter paths read "create.request.customer.email": drop the method and parameter names.
        String[] parts = path.split("\\.");
        return parts.length > 2 ? String.join(".", Arrays.copyOfRange(parts, 2, parts.length)) : parts[parts.length - 1];
    }

    private static String simpleTypeName(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean (true or false)";
        }
        if (type == String.class) {
            return "string";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "list";
        }
        if (type == java.util.UUID.class) {
            return "UUID";
        }
        if (type == java.time.Instant.class) {
            return "ISO-8601 instant such as 2026-06-30T12:00:00Z";
        }
        return "object";
    }
}
