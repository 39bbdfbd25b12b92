package com.dealercrm.delivery;

/** The state of a picking: waiting for stock, fully reserved, validated, or cancelled. */
public enum PickingState {
    CONFIRMED,
    ASSIGNED,
    DONE,
    CANCELLED;

    /** Returns true while the picking can still be reserved, validated or cancelled. */
    public boolean isOpen() {
        return this == CONFIRMED || this == ASSIGNED;
    }
}
