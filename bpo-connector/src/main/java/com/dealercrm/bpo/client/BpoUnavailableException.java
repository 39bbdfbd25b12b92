package com.dealercrm.bpo.client;

/**
 * BPO CRM could not be reached or failed on its side: connection failure, HTTP 5xx, 408 or 429,
 * a response that is not JSON-RPC, an expired session ({@code error.code} 100) or a server error
 * outside {@code odoo.exceptions}. The same call may succeed later.
 */
public class BpoUnavailableException extends BpoCallException {

    public BpoUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
