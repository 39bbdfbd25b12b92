package com.dealercrm.quotation;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.UUID;

/**
 * One line of a sale order: a catalog product, or without a product a price adjustment such as a
 * trade-in (negative unit price). The subtotal is recomputed whenever quantity, price or discount
 * change, and the database rejects a subtotal that disagrees with them.
 */
@Entity
@Table(name = "sale_order_line")
public class SaleOrderLine extends PanacheEntityBase {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Id
    public UUID id;

    @Column(name = "sale_order_id", nullable = false, updatable = false)
    public UUID saleOrderId;

    /** Order of the line within its sale order, from 1. */
    @Column(nullable = false, updatable = false)
    public int position;

    @Column(name = "product_id")
    public UUID productId;

    @Column(nullable = false)
    public String description;

    @Column(nullable = false, precision = 9, scale = 3)
    public BigDecimal quantity;

    @Column(name = "price_unit", nullable = false, precision = 11, scale = 2)
    public BigDecimal priceUnit;

    @Column(name = "discount_percent", nullable = false, precision = 5, scale = 2)
    public BigDecimal discountPercent;

    @Column(nullable = false, precision = 17, scale = 2)
    public BigDecimal subtotal;

    /** The product's deliverable flag, false for a line without a product. */
    @Column(nullable = false)
    public boolean deliverable;

    public static SaleOrderLine create(UUID saleOrderId, int position) {
        SaleOrderLine line = new SaleOrderLine();
        line.id = UUID.randomUUID();
        line.saleOrderId = saleOrderId;
        line.position = position;
        return line;
    }

    /** Sets quantity, unit price and discount and recomputes the subtotal from them. */
    public void price(BigDecimal newQuantity, BigDecimal newPriceUnit, BigDecimal newDiscountPercent) {
        quantity = newQuantity;
        priceUnit = newPriceUnit.setScale(2, RoundingMode.UNNECESSARY);
        discountPercent = newDiscountPercent.setScale(2, RoundingMode.UNNECESSARY);
        subtotal = subtotalOf(quantity, priceUnit, discountPercent);
    }

    /**
     * Returns {@code quantity * priceUnit * (1 - discountPercent / 100)} rounded half away from
     * zero to two decimals, the same formula and rounding as PostgreSQL's {@code round(numeric, 2)}
     * in the table's check constraint.
     */
    public static BigDecimal subtotalOf(BigDecimal quantity, BigDecimal priceUnit, BigDecimal discountPercent) {
        BigDecimal remainingShare = BigDecimal.ONE.subtract(discountPercent.divide(HUNDRED));
        return quantity.multiply(priceUnit)
                .multiply(remainingShare)
                .setScale(2, RoundingMode.HALF_UP);
    }
}
