package com.dealercrm.bpo;

/** The state of a callback job: waiting for its next attempt, delivered, or given up. */
public enum CallbackStatus {
    PENDING,
    SUCCEEDED,
    FAILED
}
