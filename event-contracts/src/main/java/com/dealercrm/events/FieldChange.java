package com.dealercrm.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A tracked field's old and new value, both rendered as text (null when empty). */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record FieldChange(String field, String old, @JsonProperty("new") String newValue) {
}
