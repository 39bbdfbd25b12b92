package com.dealercrm.quotation.service;

import com.dealercrm.events.FieldChange;
import com.dealercrm.platform.error.ApiException;
import com.dealercrm.platform.outbox.EventOutbox;
import com.dealercrm.quotation.SaleOrderAggregate;
import com.dealercrm.quotation.SaleOrderLine;
import com.dealercrm.quotation.repository.SaleOrderLineRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Adds, changes and removes the lines of DRAFT sale orders. Each change that alters a line touches
 * the order, so its version moves on, and records one lines-changed event.
 */
@ApplicationScoped
public class SaleOrderLineService {

    private final SaleOrderAccess access;
    private final SaleOrderLineRepository lines;
    private final SaleOrderLineWriter lineWriter;
    private final SaleOrderEventRecorder events;
    private final EventOutbox outbox;

    public SaleOrderLineService(
            SaleOrderAccess access,
            SaleOrderLineRepository lines,
            SaleOrderLineWriter lineWriter,
            SaleOrderEventRecorder events,
            EventOutbox outbox) {
        this.access = access;
        this.lines = lines;
        this.lineWriter = lineWriter;
        this.events = events;
        this.outbox = outbox;
    }

    /** The order after a line edit, and the line that was added, changed or removed. */
    public record LineEdit(SaleOrderAggregate order, SaleOrderLine line) {
    }

    @WithTransaction
    public Uni<LineEdit> add(UUID orderId, Long expectedVersion, LineInput input, Caller caller) {
        Log.debugf("Adding a line to sale order %s for %s", orderId, caller.id());
        return loadEditable(orderId, expectedVersion, caller)
                .flatMap(before -> lineWriter.newLine(orderId, before.nextPosition(), input, "", caller)
                        .call(line -> lines.persist(line))
                        .flatMap(line -> recordChange(before, before.withLine(line), List.of(LineChanges.added(line)), caller)
                                .map(after -> new LineEdit(after, line))));
    }

    /** Applies the values sent. An update that changes nothing records no event and keeps the version. */
    @WithTransaction
    public Uni<LineEdit> update(UUID orderId, UUID lineId, Long expectedVersion, LineInput input, Caller caller) {
        Log.debugf("Updating line %s of sale order %s for %s", lineId, orderId, caller.id());
        return loadEditable(orderId, expectedVersion, caller)
                .flatMap(before -> {
                    SaleOrderLine line = requireLine(before, lineId);
                    BigDecimal totalBefore = before.amountTotal();
                    LineChanges.LineValues valuesBefore = LineChanges.LineValues.of(line);
                    return lineWriter.update(line, input, caller)
                            .flatMap(updated -> recordUpdate(before, totalBefore, valuesBefore, updated, caller));
                });
    }

    @WithTransaction
    public Uni<LineEdit> remove(UUID orderId, UUID lineId, Long expectedVersion, Caller caller) {
        Log.debugf("Removing line %s of sale order %s for %s", lineId, orderId, caller.id());
        return loadEditable(orderId, expectedVersion, caller)
                .flatMap(before -> {
                    SaleOrderLine line = requireLine(before, lineId);
                    return lines.delete(line)
                            .flatMap(deleted -> recordChange(before, before.withoutLine(line), List.of(LineChanges.removed(line)), caller))
                            .map(after -> new LineEdit(after, line));
                });
    }

    private Uni<SaleOrderAggregate> loadEditable(UUID orderId, Long expectedVersion, Caller caller) {
        return access.load(orderId, expectedVersion, caller)
                .invoke(order -> order.order().requireEditableLines());
    }

    private Uni<LineEdit> recordUpdate(
            SaleOrderAggregate order, BigDecimal totalBefore, LineChanges.LineValues valuesBefore, SaleOrderLine line, Caller caller) {
        List<FieldChange> lineChanges = LineChanges.updated(valuesBefore, line);
        if (lineChanges.isEmpty()) {
            Log.debugf("Update of line %s of sale order %s changed nothing", line.id, order.order().name);
            return Uni.createFrom().item(new LineEdit(order, line));
        }
        List<FieldChange> changes = new ArrayList<>(lineChanges);
        changes.addAll(LineChanges.total(totalBefore, order.amountTotal()));
        order.order().touch(outbox.now());
        Log.infof("Line %s of sale order %s changed by %s", line.id, order.order().name, caller.id());
        return events.linesChanged(order, changes, caller)
                .replaceWith(new LineEdit(order, line));
    }

    /** Touches the order and records the lines-changed event with the line changes and the new total. */
    private Uni<SaleOrderAggregate> recordChange(
            SaleOrderAggregate before, SaleOrderAggregate after, List<FieldChange> lineChanges, Caller caller) {
        List<FieldChange> changes = new ArrayList<>(lineChanges);
        changes.addAll(LineChanges.total(before.amountTotal(), after.amountTotal()));
        after.order().touch(outbox.now());
        Log.infof("Lines of sale order %s changed by %s: %d change(s)", after.order().name, caller.id(), changes.size());
        return events.linesChanged(after, changes, caller)
                .replaceWith(after);
    }

    private static SaleOrderLine requireLine(SaleOrderAggregate order, UUID lineId) {
        return order.line(lineId)
                .orElseThrow(() -> ApiException.notFound("Sale order " + order.order().name + " has no line " + lineId + ". Check the line id."));
    }
}
