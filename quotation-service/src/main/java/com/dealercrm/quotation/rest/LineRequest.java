package com.dealercrm.quotation.rest;

import com.dealercrm.quotation.service.LineInput;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * A sale order line as a client sends it, to add a line or to change one. A negative
 * {@code priceUnit} models a trade-in adjustment. Omitted values take defaults on a new line and
 * stay as they are on a change.
 */
public record LineRequest(
        UUID productId,
        @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank")
        @Size(max = 500)
        String description,
        @DecimalMin(value = "0", inclusive = false, message = "must be greater than 0")
        @Digits(integer = 6, fraction = 2, message = "must have at most 6 digits before and 2 after the decimal point")
        BigDecimal quantity,
        @Digits(integer = 9, fraction = 2, message = "must have at most 9 digits before and 2 after the decimal point")
        BigDecimal priceUnit,
        @DecimalMin(value = "0", message = "must be between 0 and 100")
        @DecimalMax(value = "100", message = "must be between 0 and 100")
        @Digits(integer = 3, fraction = 2, message = "must have at most 2 decimals")
        BigDecimal discountPercent) {

    LineInput toInput() {
        String trimmed = description == null ? null : description.strip();
        return new LineInput(productId, trimmed, quantity, priceUnit, discountPercent);
    }
}
