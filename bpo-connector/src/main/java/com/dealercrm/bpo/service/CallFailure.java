package com.dealercrm.bpo.service;

import com.dealercrm.bpo.client.BpoRejectedException;
import com.dealercrm.bpo.client.BpoUnavailableException;
import com.dealercrm.bpo.client.ConnectionSettings;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/** The reason a callback failed, and whether retrying later can help. */
record CallFailure(Kind kind, String message) {

    enum Kind {
        /** BPO CRM rejected the call, so retrying the same call cannot help. */
        REJECTED,
        /** BPO CRM was unreachable, slow or failing, so a later attempt may succeed. */
        UNAVAILABLE,
        /** The circuit breaker stopped the call before it was made. */
        CIRCUIT_OPEN,
        /** The connection lacks an API key, so no call was made. */
        NOT_CONFIGURED
    }

    static CallFailure of(Throwable failure, ConnectionSettings settings) {
        if (failure instanceof BpoRejectedException) {
            return new CallFailure(Kind.REJECTED, failure.getMessage());
        }
        if (failure instanceof BpoUnavailableException) {
            return new CallFailure(Kind.UNAVAILABLE, failure.getMessage());
        }
        if (failure instanceof TimeoutException) {
            return new CallFailure(Kind.UNAVAILABLE, "BPO CRM at " + settings.baseUrl() + " did not answer within the call timeout.");
        }
        if (failure instanceof CircuitBreakerOpenException) {
            return new CallFailure(Kind.CIRCUIT_OPEN, "Calls to BPO CRM are paused after repeated failures (circuit breaker open).");
        }
        return new CallFailure(Kind.UNAVAILABLE, "Calling BPO CRM failed unexpectedly: " + failure);
    }

    static CallFailure missingApiKey() {
        return new CallFailure(Kind.NOT_CONFIGURED, "The BPO CRM API key is not set. An admin sets it with PUT /api/bpo/connection"
                + " or the BPO_API_KEY variable, then a manager retries this job.");
    }
}
