package com.dealercrm.events;

/** A record on an event topic that cannot be read as the event it claims to be: a poison message. */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message) {
        super(message);
    }

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
