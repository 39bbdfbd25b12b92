package com.dealercrm.lead.mapping;

import java.util.Set;

/**
 * A validated PATCH of a lead: the fields sent, by their API path such as {@code notes} or
 * {@code customer.email}, and their values. A field sent as null clears it.
 */
public record LeadPatch(Set<String> fields, LeadPatchRequest values) {

    public boolean has(String field) {
        return fields.contains(field);
    }
}
