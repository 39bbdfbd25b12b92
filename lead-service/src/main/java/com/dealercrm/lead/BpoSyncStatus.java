package com.dealercrm.lead;

/** Whether BPO CRM has been told the outcome of an endorsed lead; NONE for leads that were not endorsed. */
public enum BpoSyncStatus {
    NONE,
    PENDING,
    SYNCED,
    FAILED
}
