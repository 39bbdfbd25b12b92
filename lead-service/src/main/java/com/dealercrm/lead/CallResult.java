package com.dealercrm.lead;

/** The outcome of a logged call. */
public enum CallResult {
    ANSWERED,
    NO_ANSWER,
    VOICEMAIL,
    BUSY,
    WRONG_NUMBER
}
