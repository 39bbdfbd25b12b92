package com.dealercrm.quotation;

import com.dealercrm.platform.error.ApiException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/** A sale order with its lines in position order. The total is computed from the lines, never stored. */
public record SaleOrderAggregate(SaleOrder order, List<SaleOrderLine> lines) {

    public SaleOrderAggregate {
        lines = lines.stream()
                .sorted(Comparator.comparingInt(line -> line.position))
                .toList();
    }

    /** Returns the sum of the line subtotals, 0.00 for an order without lines. */
    public BigDecimal amountTotal() {
        return lines.stream()
                .map(line -> line.subtotal)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /** Returns the position for a new line: one after the highest, 1 for the first line. */
    public int nextPosition() {
        return lines.stream()
                .mapToInt(line -> line.position)
                .max()
                .orElse(0) + 1;
    }

    public Optional<SaleOrderLine> line(UUID lineId) {
        return lines.stream()
                .filter(line -> line.id.equals(lineId))
                .findFirst();
    }

    public SaleOrderAggregate withLine(SaleOrderLine added) {
        return new SaleOrderAggregate(order, Stream.concat(lines.stream(), Stream.of(added)).toList());
    }

    public SaleOrderAggregate withoutLine(SaleOrderLine removed) {
        return new SaleOrderAggregate(order, lines.stream().filter(line -> !line.id.equals(removed.id)).toList());
    }

    /**
     * Moves a DRAFT order to SALE. Raises 409 from any other state, and 422 when the order has no
     * lines, because an empty order cannot be sold.
     */
    public void confirm(Instant now) {
        if (order.state == SaleOrderState.DRAFT && lines.isEmpty()) {
            throw ApiException.unprocessable("Sale order " + order.name + " has no lines. Add at least one line before confirming it.");
        }
        order.confirm(now);
    }
}
