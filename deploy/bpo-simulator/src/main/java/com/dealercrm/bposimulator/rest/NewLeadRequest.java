package com.dealercrm.bposimulator.rest;

import java.math.BigDecimal;

/** A BPO lead to open: the title and customer are required, the rest is optional. */
public record NewLeadRequest(
        String name,
        String partnerName,
        String mobile,
        String email,
        String vehicle,
        Integer quantity,
        BigDecimal expectedRevenue,
        String description,
        String endorsedBy) {
}
