package com.dealercrm.lead.service;

import com.dealercrm.events.EventEnvelope;
import com.dealercrm.events.MalformedEventException;
import java.time.Instant;
import java.util.UUID;

/**
 * Reads values of the events lead-service consumes. A missing or unreadable required value raises
 * {@link MalformedEventException}, which sends the record to the topic's dead-letter topic.
 */
final class IncomingEvents {

    /** The consumer name under which processed events are recorded. */
    static final String CONSUMER = "lead-service";

    private IncomingEvents() {
    }

    static UUID uuid(String value, String valueName, EventEnvelope event) {
        if (value == null) {
            throw malformed(valueName + " is missing", event);
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw malformed(valueName + " '" + value + "' is not a UUID", event);
        }
    }

    static UUID optionalUuid(String value, String valueName, EventEnvelope event) {
        return value == null ? null : uuid(value, valueName, event);
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, String value, String valueName, EventEnvelope event) {
        if (value == null) {
            throw malformed(valueName + " is missing", event);
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw malformed(valueName + " '" + value + "' is not a known " + type.getSimpleName(), event);
        }
    }

    static <T> T required(T value, String valueName, EventEnvelope event) {
        if (value == null) {
            throw malformed(valueName + " is missing", event);
        }
        return value;
    }

    static Instant time(EventEnvelope event) {
        return required(event.time(), "time", event);
    }

    private static MalformedEventException malformed(String reason, EventEnvelope event) {
        return new MalformedEventException(reason + " in event " + event.id() + " of type " + event.type());
    }
}
