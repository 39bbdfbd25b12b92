package com.dealercrm.quotation.service;

import com.dealercrm.platform.error.ApiException;
import com.dealercrm.quotation.config.SalesConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;

/** The dealer's sales rules that depend on who the caller is. */
@ApplicationScoped
public class SalesRules {

    private final SalesConfig config;

    public SalesRules(SalesConfig config) {
        this.config = config;
    }

    /** Raises 403 when a dealer user gives a line discount above the configured maximum. */
    public void checkDiscount(BigDecimal discountPercent, Caller caller) {
        BigDecimal max = config.maxDiscountPercent();
        if (caller.managerOrAdmin() || discountPercent.compareTo(max) <= 0) {
            return;
        }
        throw ApiException.forbidden("A discount of " + discountPercent.toPlainString() + "% is above the "
                        + max.toPlainString() + "% a dealer user may give. Ask a manager to set it.")
                .with("maxDiscountPercent", max);
    }
}
