package com.dealercrm.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * A tracked field's old and new value, both rendered as text (null when empty), written as
 * {@code {"field", "old", "new"}}.
 *
 * <p>A class rather than a record: with a record, some ObjectMapper configurations (such as the
 * parameter-names module Quarkus registers) wrote the component's Java name {@code newValue}
 * instead of {@code new}.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public final class FieldChange {

    private final String field;
    private final String old;
    private final String newValue;

    @JsonCreator
    public FieldChange(
            @JsonProperty("field") String field, @JsonProperty("old") String old, @JsonProperty("new") String newValue) {
        this.field = field;
        this.old = old;
        this.newValue = newValue;
    }

    @JsonProperty("field")
    public String field() {
        return field;
    }

    @JsonProperty("old")
    public String old() {
        return old;
    }

    @JsonProperty("new")
    public String newValue() {
        return newValue;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FieldChange change
                && Objects.equals(field, change.field)
                && Objects.equals(old, change.old)
                && Objects.equals(newValue, change.newValue);
    }

    @Override
    public int hashCode() {
        return Objects.hash(field, old, newValue);
    }

    @Override
    public String toString() {
        return field + ": " + old + " -> " + newValue;
    }
}
