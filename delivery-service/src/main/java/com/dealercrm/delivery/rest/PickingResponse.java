package com.dealercrm.delivery.rest;

import com.dealercrm.delivery.PickingState;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A picking as the API returns it; {@code validatedBy} is the validating user's id. */
public record PickingResponse(
        UUID id,
        String name,
        UUID saleOrderId,
        String saleOrderName,
        UUID dealerLeadId,
        PickingState state,
        UUID backorderOfId,
        List<Line> lines,
        Instant dateDone,
        String validatedBy,
        String validatedByName,
        Instant createdAt,
        Instant updatedAt) {

    public record Line(UUID productId, String description, BigDecimal demand, BigDecimal reserved, BigDecimal done) {
    }
}
