package com.dealercrm.delivery.rest;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.UUID;

/** An inventory adjustment: {@code quantity} is the product's counted on-hand quantity, not a change. */
public record StockAdjustmentRequest(
        @NotNull UUID productId,
        @NotNull @DecimalMin(value = "0", message = "must be 0 or more")
        @Digits(integer = 10, fraction = 2, message = "must have at most 10 digits before and 2 after the decimal point")
        BigDecimal quantity) {
}
