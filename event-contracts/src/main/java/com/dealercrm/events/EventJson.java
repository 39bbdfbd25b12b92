package com.dealercrm.events;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The one JSON mapping of envelopes and event data, shared by producers and consumers. */
public final class EventJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private EventJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String write(EventEnvelope envelope) {
        try {
            return MAPPER.writeValueAsString(envelope);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses a structured CloudEvent; raises {@link MalformedEventException} when it is not one. */
    public static EventEnvelope read(String json) {
        try {
            EventEnvelope envelope = MAPPER.readValue(json, EventEnvelope.class);
            if (!EventEnvelope.SPEC_VERSION.equals(envelope.specversion())) {
                throw new MalformedEventException("unsupported specversion " + envelope.specversion());
            }
            return envelope;
        } catch (IOException | IllegalArgumentException | NullPointerException e) {
            throw new MalformedEventException("not a CloudEvents 1.0 JSON event: " + e.getMessage(), e);
        }
    }

    public static JsonNode toTree(Object data) {
        return MAPPER.valueToTree(data);
    }

    /** Converts event data to its typed record; raises {@link MalformedEventException} on a mismatch. */
    public static <T> T data(EventEnvelope envelope, Class<T> type) {
        try {
            return MAPPER.treeToValue(envelope.data(), type);
        } catch (IOException | IllegalArgumentException e) {
            throw new MalformedEventException("data of " + envelope.type() + " " + envelope.id() + " is not a " + type.getSimpleName(), e);
        }
    }
}
