package com.dealercrm.lead;

/** The reason a lead was lost, chosen in the Mark Lost wizard. */
public enum LostReason {
    PRICE_TOO_HIGH,
    CHOSE_COMPETITOR,
    NOT_READY_TO_BUY,
    FINANCING_ISSUES,
    NO_STOCK_AVAILABLE,
    BUYER_CANCELLED,
    OTHER
}
