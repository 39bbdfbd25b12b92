package com.dealercrm.bpo.client;

/**
 * BPO CRM rejected the call: bad credentials ({@code odoo.exceptions.AccessDenied},
 * or {@code false} from {@code authenticate}), another {@code odoo.exceptions.*} error, or an
 * HTTP 4xx status. Repeating the same call cannot succeed, so it is not retried automatically.
 */
public class BpoRejectedException extends BpoCallException {

    private final boolean accessDenied;

    public BpoRejectedException(String message, boolean accessDenied) {
        super(message, null);
        this.accessDenied = accessDenied;
    }

    public boolean accessDenied() {
        return accessDenied;
    }
}
