package com.dealercrm.quotation.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import java.math.BigDecimal;

/** Sales rules of the dealer, under {@code dealer.sales}. */
@ConfigMapping(prefix = "dealer.sales")
public interface SalesConfig {

    /**
     * Maximum line discount in percent that a dealer user may give. A higher discount needs a
     * manager or an admin.
     */
    @WithDefault("10")
    @DecimalMin("0")
    @DecimalMax("100")
    BigDecimal maxDiscountPercent();
}
