package com.dealercrm.quotation.service;

import com.dealercrm.events.FieldChange;
import com.dealercrm.quotation.SaleOrderLine;
import com.dealercrm.quotation.mapping.Decimals;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Describes line edits as field changes for the lines-changed event. A whole line is the field
 * {@code lines[<lineId>]}, one of its values {@code lines[<lineId>].<field>}, and the order total
 * {@code amountTotal}.
 */
final class LineChanges {

    private LineChanges() {
    }

    /** The values of a line before an update, to compare with afterwards. */
    record LineValues(
            UUID productId,
            String description,
            BigDecimal quantity,
            BigDecimal priceUnit,
            BigDecimal discountPercent,
            BigDecimal subtotal) {

        static LineValues of(SaleOrderLine line) {
            return new LineValues(line.productId, line.description, line.quantity, line.priceUnit, line.discountPercent, line.subtotal);
        }
    }

    static FieldChange added(SaleOrderLine line) {
        return new FieldChange(fieldOf(line), null, summary(line));
    }

    static FieldChange removed(SaleOrderLine line) {
        return new FieldChange(fieldOf(line), summary(line), null);
    }

    /** Returns one change for each value of the line that differs from {@code before}. */
    static List<FieldChange> updated(LineValues before, SaleOrderLine after) {
        String prefix = fieldOf(after) + ".";
        List<FieldChange> changes = new ArrayList<>();
        if (!Objects.equals(before.productId(), after.productId)) {
            changes.add(new FieldChange(prefix + "productId", text(before.productId()), text(after.productId)));
        }
        if (!before.description().equals(after.description)) {
            changes.add(new FieldChange(prefix + "description", before.description(), after.description));
        }
        addIfDifferent(changes, prefix + "quantity", Decimals.quantity(before.quantity()), Decimals.quantity(after.quantity));
        addIfDifferent(changes, prefix + "priceUnit", before.priceUnit(), after.priceUnit);
        addIfDifferent(changes, prefix + "discountPercent", before.discountPercent(), after.discountPercent);
        addIfDifferent(changes, prefix + "subtotal", before.subtotal(), after.subtotal);
        return changes;
    }

    /** Returns the change of the order total, or nothing when the total stayed the same. */
    static List<FieldChange> total(BigDecimal before, BigDecimal after) {
        List<FieldChange> changes = new ArrayList<>();
        addIfDifferent(changes, "amountTotal", before, after);
        return changes;
    }

    private static void addIfDifferent(List<FieldChange> changes, String field, BigDecimal before, BigDecimal after) {
        if (before.compareTo(after) != 0) {
            changes.add(new FieldChange(field, Decimals.text(before), Decimals.text(after)));
        }
    }

    /** Renders a line as {@code Golf GTI: 2 x 35000.00 less 5.00% = 66500.00}. */
    private static String summary(SaleOrderLine line) {
        String discount = line.discountPercent.signum() == 0 ? "" : " less " + line.discountPercent.toPlainString() + "%";
        return line.description + ": " + Decimals.quantity(line.quantity).toPlainString() + " x "
                + line.priceUnit.toPlainString() + discount + " = " + line.subtotal.toPlainString();
    }

    private static String fieldOf(SaleOrderLine line) {
        return "lines[" + line.id + "]";
    }

    private static String text(UUID id) {
        return id == null ? null : id.toString();
    }
}
