package com.dealercrm.delivery.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * The body of Validate. Without {@code lines} the reserved quantities are delivered, and
 * {@code createBackorder} defaults to true.
 */
public record ValidateRequest(List<@NotNull @Valid LineDone> lines, Boolean createBackorder) {

    public record LineDone(
            @NotNull UUID productId,
            @NotNull @DecimalMin(value = "0", message = "must be 0 or more")
            @Digits(integer = 10, fraction = 2, message = "must have at most 10 digits before and 2 after the decimal point")
            BigDecimal quantityDone) {
    }
}
