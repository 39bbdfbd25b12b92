package com.dealercrm.bpo.client;

/** A call to BPO CRM that did not succeed; the message is fit for a job's {@code lastError}. */
public abstract class BpoCallException extends RuntimeException {

    protected BpoCallException(String message, Throwable cause) {
        super(message, cause, false, false);
    }
}
