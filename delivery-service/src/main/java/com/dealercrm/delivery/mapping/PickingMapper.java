package com.dealercrm.delivery.mapping;

import com.dealercrm.delivery.Picking;
import com.dealercrm.delivery.PickingLine;
import com.dealercrm.delivery.rest.DeliveryStatusResponse;
import com.dealercrm.delivery.rest.PickingResponse;
import com.dealercrm.events.PickingEvents;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

/** Maps pickings to API responses and event data. */
public final class PickingMapper {

    private PickingMapper() {
    }

    public static PickingResponse toResponse(Picking picking) {
        return new PickingResponse(
                picking.id,
                picking.name,
                picking.saleOrderId,
                picking.saleOrderName,
                picking.dealerLeadId,
                picking.state,
                picking.backorderOfId,
                sortedLines(picking).map(PickingMapper::toResponse).toList(),
                picking.dateDone,
                picking.validatedBy,
                picking.validatedByName,
                picking.createdAt,
                picking.updatedAt);
    }

    public static DeliveryStatusResponse.PendingPicking toPending(Picking picking) {
        return new DeliveryStatusResponse.PendingPicking(picking.id, picking.name, picking.state);
    }

    public static PickingEvents.PickingSnapshot toSnapshot(Picking picking) {
        return new PickingEvents.PickingSnapshot(
                picking.id.toString(),
                picking.name,
                picking.saleOrderId.toString(),
                picking.saleOrderName,
                picking.state.name(),
                text(picking.backorderOfId),
                sortedLines(picking).map(PickingMapper::toEventLine).toList(),
                picking.dateDone,
                picking.validatedBy);
    }

    private static PickingResponse.Line toResponse(PickingLine line) {
        return new PickingResponse.Line(line.productId, line.description, line.demand, line.reserved, line.done);
    }

    private static PickingEvents.Line toEventLine(PickingLine line) {
        return new PickingEvents.Line(line.productId.toString(), line.demand, line.reserved, line.done);
    }

    private static Stream<PickingLine> sortedLines(Picking picking) {
        return picking.lines.stream().sorted(Comparator.comparing(line -> line.productId));
    }

    private static String text(UUID id) {
        return id == null ? null : id.toString();
    }
}
