package com.dealercrm.quotation;

/** The state of a sale order: DRAFT (a quotation), SALE (confirmed), DONE (locked) or CANCELLED. */
public enum SaleOrderState {
    DRAFT,
    SALE,
    DONE,
    CANCELLED
}
