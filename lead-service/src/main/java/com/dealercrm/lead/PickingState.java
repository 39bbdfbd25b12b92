package com.dealercrm.lead;

/** The state of a picking in delivery-service. CONFIRMED and ASSIGNED pickings are still pending. */
public enum PickingState {
    CONFIRMED,
    ASSIGNED,
    DONE,
    CANCELLED
}
