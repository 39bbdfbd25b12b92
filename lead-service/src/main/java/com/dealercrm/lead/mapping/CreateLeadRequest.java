package com.dealercrm.lead.mapping;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.UUID;

/** A manual lead as a dealer agent enters it. */
public record CreateLeadRequest(
        @NotNull @Valid CustomerInput customer,
        UUID brandId,
        UUID productId,
        @Size(max = 200) String vehicleModelText,
        @Min(1) @Max(9999) Integer quantity,
        @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) BigDecimal expectedPrice,
        @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) BigDecimal budget,
        @Size(max = 500) String tradeIn,
        @Size(max = 500) String financing,
        @Size(max = 4000) String notes) {
}
