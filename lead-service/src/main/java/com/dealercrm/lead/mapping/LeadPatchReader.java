package com.dealercrm.lead.mapping;

import com.dealercrm.platform.error.ApiException;
import com.dealercrm.platform.error.Problem;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a PATCH body into a {@link LeadPatch}. Every unknown, read-only or invalid field is a
 * 400 that names it, raised before anything is changed.
 */
@ApplicationScoped
public class LeadPatchReader {

    static final String CUSTOMER = "customer";

    /** Fields a PATCH may change. */
    static final Set<String> EDITABLE = Set.of(CUSTOMER, "brandId", "productId", "vehicleModelText", "quantity",
            "expectedPrice", "budget", "tradeIn", "financing", "notes");

    static final Set<String> EDITABLE_CUSTOMER = Set.of("name", "mobile", "email");

    /** Fields of a lead that a PATCH may not change, and what to use instead. */
    static final Map<String, String> READ_ONLY = Map.ofEntries(
            Map.entry("id", "read-only"),
            Map.entry("reference", "read-only"),
            Map.entry("stage", "read-only; use POST /api/leads/{id}/stage, mark-won or mark-lost"),
            Map.entry("active", "read-only; use POST /api/leads/{id}/archive or unarchive"),
            Map.entry("ownerId", "read-only; use POST /api/leads/{id}/claim or assign"),
            Map.entry("ownerName", "read-only; use POST /api/leads/{id}/claim or assign"),
            Map.entry("saleOrderId", "read-only; use POST /api/leads/{id}/convert-to-quotation"),
            Map.entry("saleOrderName", "read-only; use POST /api/leads/{id}/convert-to-quotation"),
            Map.entry("endorsed", "read-only"),
            Map.entry("bpoSourceLeadId", "read-only"),
            Map.entry("bpoSourceReference", "read-only"),
            Map.entry("bpoSourceUrl", "read-only"),
            Map.entry("bpoEndorsedBy", "read-only"),
            Map.entry("bpoSyncStatus", "read-only"),
            Map.entry("dateWon", "read-only; set by Mark Won"),
            Map.entry("dateLost", "read-only; set by Mark Lost"),
            Map.entry("lostReason", "read-only; use POST /api/leads/{id}/mark-lost"),
            Map.entry("lostNotes", "read-only; use POST /api/leads/{id}/mark-lost"),
            Map.entry("createdAt", "read-only"),
            Map.entry("updatedAt", "read-only"),
            Map.entry("version", "read-only; send the version in the If-Match header"),
            Map.entry("actions", "read-only"));

    private final ObjectMapper mapper;
    private final Validator validator;

    public LeadPatchReader(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    /** Checks the body's fields and values; fails with a 400 listing every invalid field. */
    public Uni<LeadPatch> read(JsonNode body) {
        return Uni.createFrom().emitter(emitter -> {
            try {
                emitter.complete(check(body));
            } catch (ApiException | JsonProcessingException e) {
                emitter.fail(e);
            }
        });
    }

    // Type errors (a text for a number, a malformed UUID) fail as Jackson exceptions, which the
    // problem mappers turn into a 400 naming the field.
    private LeadPatch check(JsonNode body) throws JsonProcessingException {
        if (!(body instanceof ObjectNode object)) {
            throw ApiException.badRequest("body", "must be a JSON object of the fields to change");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<String> fields = fieldNames(object, errors);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        LeadPatchRequest values = mapper.treeToValue(object, LeadPatchRequest.class);
        errors.addAll(violations(values));
        errors.addAll(missingRequired(fields, values));
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(Problem.FieldError::field));
            throw ApiException.invalid(errors);
        }
        return new LeadPatch(Set.copyOf(fields), values);
    }

    private static Set<String> fieldNames(ObjectNode object, List<Problem.FieldError> errors) {
        Set<String> fields = new LinkedHashSet<>();
        object.fieldNames().forEachRemaining(name -> {
            if (EDITABLE.contains(name)) {
                fields.add(name);
            } else {
                errors.add(new Problem.FieldError(name, READ_ONLY.getOrDefault(name, "unknown field; remove it from the request")));
            }
        });
        JsonNode customer = object.get(CUSTOMER);
        if (customer != null && customer.isObject()) {
            customer.fieldNames().forEachRemaining(name -> {
                if (EDITABLE_CUSTOMER.contains(name)) {
                    fields.add(CUSTOMER + "." + name);
                } else if (name.equals("partnerId")) {
                    errors.add(new Problem.FieldError("customer.partnerId", "read-only; the partner follows the customer's mobile and email"));
                } else {
                    errors.add(new Problem.FieldError(CUSTOMER + "." + name, "unknown field; remove it from the request"));
                }
            });
        }
        return fields;
    }

    private List<Problem.FieldError> violations(LeadPatchRequest values) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<LeadPatchRequest> violation : validator.validate(values)) {
            errors.add(new Problem.FieldError(violation.getPropertyPath().toString(), violation.getMessage()));
        }
        return errors;
    }

    private static List<Problem.FieldError> missingRequired(Set<String> fields, LeadPatchRequest values) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (fields.contains(CUSTOMER) && values.customer() == null) {
            errors.add(new Problem.FieldError(CUSTOMER, "must not be null; send only the customer fields to change"));
        }
        if (fields.contains("customer.name") && isBlank(values.customer().name())) {
            errors.add(new Problem.FieldError("customer.name", "must not be blank"));
        }
        if (fields.contains("quantity") && values.quantity() == null) {
            errors.add(new Problem.FieldError("quantity", "must not be null; the quantity is at least 1"));
        }
        return errors;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
