package com.dealercrm.lead.mapping;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * The values of a PATCH body. Which fields were sent is tracked by {@link LeadPatch}, because
 * here an absent field and a null one look the same.
 */
public record LeadPatchRequest(
        @Valid Customer customer,
        UUID brandId,
        UUID productId,
        @Size(max = 200) String vehicleModelText,
        @Min(1) @Max(9999) Integer quantity,
        @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) BigDecimal expectedPrice,
        @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) BigDecimal budget,
        @Size(max = 500) String tradeIn,
        @Size(max = 500) String financing,
        @Size(max = 4000) String notes) {

    /** The customer fields of a PATCH body, without surrounding spaces. */
    public record Customer(
            @Size(max = 200) String name,
            @Size(max = 40) String mobile,
            @Email @Size(max = 254) String email) {

        public Customer {
            name = CustomerInput.trim(name);
            mobile = CustomerInput.trim(mobile);
            email = CustomerInput.trim(email);
        }
    }
}
