package com.dealercrm.lead;

/** The state of a sale order in quotation-service. SALE and DONE are confirmed. */
public enum SaleOrderState {
    DRAFT,
    SALE,
    DONE,
    CANCELLED;

    public boolean isConfirmed() {
        return this == SALE || this == DONE;
    }
}
