package com.dealercrm.lead.fake;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * delivery-service as lead-service calls it: {@code GET /api/pickings/status?saleOrderId=} with the
 * real resource's JSON shape. An order the test has not described is reported the way the real
 * service reports an order whose confirmation it has not processed: not all done, nothing pending.
 */
public final class FakeDeliveryService extends FakeServer {

    /** A picking that is not done, as the status lists it. */
    public record PendingPicking(UUID id, String name, String state) {
    }

    private record Status(boolean allDone, List<PendingPicking> pending, boolean confirmationReceived) {
    }

    private final Map<UUID, Status> statuses = new ConcurrentHashMap<>();

    /** Reports every delivery of the order done. */
    public void delivered(UUID saleOrderId) {
        statuses.put(saleOrderId, new Status(true, List.of(), true));
    }

    /** Reports the order confirmed, with these pickings still pending. */
    public void pending(UUID saleOrderId, PendingPicking... pickings) {
        statuses.put(saleOrderId, new Status(false, List.of(pickings), true));
    }

    /** Reports the order confirmed, with every picking cancelled and none done. */
    public void allCancelled(UUID saleOrderId) {
        statuses.put(saleOrderId, new Status(false, List.of(), true));
    }

    @Override
    protected Response route(String method, String path, Map<String, String> query, Caller caller, Request request) {
        if (!method.equals("GET") || !path.equals("/api/pickings/status")) {
            return problem(404, "Not found", "No resource exists at this path.");
        }
        String value = query.get("saleOrderId");
        if (value == null || value.isBlank()) {
            return invalid("saleOrderId", "is required and must be the id of a sale order");
        }
        UUID saleOrderId;
        try {
            saleOrderId = UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            return invalid("saleOrderId", "'" + value + "' is not a valid UUID");
        }
        Status status = statuses.getOrDefault(saleOrderId, new Status(false, List.of(), false));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("saleOrderId", saleOrderId);
        body.put("allDone", status.allDone());
        body.put("pending", status.pending());
        body.put("confirmationReceived", status.confirmationReceived());
        return json(200, body);
    }
}
