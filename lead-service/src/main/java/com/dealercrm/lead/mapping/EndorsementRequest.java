package com.dealercrm.lead.mapping;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.UUID;

/** A lead endorsed by BPO CRM: the BPO source lead's id, reference and URL, and the lead's data. */
public record EndorsementRequest(
        @NotNull @Positive Long bpoLeadId,
        @NotBlank @Size(max = 64) String bpoReference,
        @Size(max = 2048) @Pattern(regexp = "https?://\\S+", message = "must be an http or https URL") String bpoUrl,
        @Size(max = 200) String endorsedBy,
        @NotNull @Valid CustomerInput customer,
        UUID brandId,
        UUID productId,
        @Size(max = 200) String vehicleModelText,
        @Min(1) @Max(9999) Integer quantity,
        @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) BigDecimal expectedPrice,
        @Size(max = 4000) String notes) {
}
