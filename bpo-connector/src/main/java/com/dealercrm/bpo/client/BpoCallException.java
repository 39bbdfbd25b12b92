package com.dealercrm.bpo.client;

/** A failed call to BPO CRM. The message is written for a job's {@code lastError}. */
public abstract class BpoCallException extends RuntimeException {

    protected BpoCallException(String message, Throwable cause) {
        super(message, cause, false, false);
    }
}
