package com.dealercrm.quotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The line pricing formula, checked without the database. */
class SaleOrderLineTest {

    @Test
    void subtotalWithoutDiscount() {
        assertThat(subtotal("2", "35000.00", "0")).isEqualTo("70000.00");
    }

    @Test
    void subtotalWithDiscount() {
        assertThat(subtotal("2", "1200.00", "5")).isEqualTo("2280.00");
    }

    @Test
    void subtotalRoundsHalfUp() {
        assertThat(subtotal("1", "0.05", "50")).isEqualTo("0.03");
        assertThat(subtotal("3", "33.33", "33.33")).isEqualTo("66.66");
    }

    @Test
    void negativeSubtotalRoundsAwayFromZero() {
        assertThat(subtotal("1", "-0.05", "50")).isEqualTo("-0.03");
        assertThat(subtotal("1", "-8000.00", "0")).isEqualTo("-8000.00");
    }

    @Test
    void fullDiscountIsZero() {
        assertThat(subtotal("1.5", "999.99", "100")).isEqualTo("0.00");
    }

    @Test
    void fractionalQuantity() {
        assertThat(subtotal("2.5", "10.01", "0")).isEqualTo("25.03");
    }

    @Test
    void priceSetsScaleAndSubtotal() {
        SaleOrderLine line = SaleOrderLine.create(UUID.randomUUID(), 1);

        line.price(new BigDecimal("3"), new BigDecimal("19.9"), new BigDecimal("10"));

        assertThat(line.priceUnit.toPlainString()).isEqualTo("19.90");
        assertThat(line.discountPercent.toPlainString()).isEqualTo("10.00");
        assertThat(line.subtotal.toPlainString()).isEqualTo("53.73");
    }

    private static String subtotal(String quantity, String priceUnit, String discountPercent) {
        return SaleOrderLine.subtotalOf(new BigDecimal(quantity), new BigDecimal(priceUnit), new BigDecimal(discountPercent))
                .toPlainString();
    }
}
