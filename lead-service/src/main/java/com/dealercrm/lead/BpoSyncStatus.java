package com.dealercrm.lead;

/** State of reporting an endorsed lead's outcome to BPO CRM, and NONE for leads that were not endorsed. */
public enum BpoSyncStatus {
    NONE,
    PENDING,
    SYNCED,
    FAILED
}
