package com.dealercrm.lead.service;

import com.dealercrm.lead.LeadStage;
import java.time.Instant;

/**
 * The filters of All Leads; null filters do not apply. {@code owner} is {@code me},
 * {@code unassigned} or a user id, and {@code active} defaults to true.
 */
public record LeadSearch(
        LeadStage stage,
        String owner,
        Boolean endorsed,
        boolean active,
        Instant lostFrom,
        Instant lostTo,
        String text) {

    public static final String OWNER_ME = "me";
    public static final String OWNER_UNASSIGNED = "unassigned";
}
