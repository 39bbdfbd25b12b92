package com.dealercrm.lead;

/** A button of the lead form header that the caller may use now. */
public enum LeadAction {
    LOG_CALL,
    CONVERT_TO_QUOTATION,
    OPEN_QUOTATION,
    MARK_WON,
    MARK_LOST
}
