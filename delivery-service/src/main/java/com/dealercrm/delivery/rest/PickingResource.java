package com.dealercrm.delivery.rest;

import com.dealercrm.delivery.Picking;
import com.dealercrm.delivery.PickingState;
import com.dealercrm.delivery.mapping.PickingMapper;
import com.dealercrm.delivery.repository.PickingRepository.PickingFilter;
import com.dealercrm.delivery.service.Availability;
import com.dealercrm.delivery.service.Delivery;
import com.dealercrm.delivery.service.DeliveryStatus;
import com.dealercrm.delivery.service.PickingQueryService;
import com.dealercrm.delivery.service.PickingService;
import com.dealercrm.platform.error.ApiException;
import com.dealercrm.platform.security.CallerIdentity;
import com.dealercrm.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Pickings (delivery orders). A dealer user sees and works only the pickings of sale orders they
 * created, and any other picking is a 404, as for the orders. Managers and admins see and work
 * all of them, and only they cancel a picking. The status path is the Mark Won gate's view and
 * is open to every dealer role.
 */
@Path("/api/pickings")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.USER, Roles.MANAGER, Roles.ADMIN})
public class PickingResource {

    private final PickingQueryService queries;
    private final PickingService pickings;
    private final CallerIdentity caller;

    public PickingResource(PickingQueryService queries, PickingService pickings, CallerIdentity caller) {
        this.queries = queries;
        this.pickings = pickings;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "List pickings", description = "Newest name first. Filters are saleOrderId and state, with page and size (at most 200).")
    public Uni<PageResponse<PickingResponse>> list(
            @QueryParam("saleOrderId") String saleOrderId,
            @QueryParam("state") String state,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        PickingFilter filter = new PickingFilter(
                QueryParams.optionalUuid("saleOrderId", saleOrderId),
                QueryParams.optionalEnum("state", state, PickingState.class));
        if (caller.isDealerUserOnly()) {
            filter = filter.ofOrdersCreatedBy(caller.id());
        }
        int pageIndex = QueryParams.page(page);
        int pageSize = QueryParams.size(size);
        return queries.list(filter, pageIndex, pageSize)
                .map(result -> new PageResponse<>(
                        result.items().stream().map(PickingMapper::toResponse).toList(),
                        result.total(),
                        pageIndex,
                        pageSize));
    }

    /** The Mark Won gate's view of a sale order's deliveries; see {@link DeliveryStatus}. */
    @GET
    @Path("/status")
    @Operation(summary = "Delivery status of a sale order", description = """
            Cancelled pickings are not pending. An order with deliverable products is all done once none of \
            its pickings is pending and at least one is DONE. A confirmed order with nothing deliverable gets \
            no picking and is all done. An order whose confirmation this service has not processed (an unknown \
            id, a draft, or a confirmation still on its way) is not all done, has no pending pickings, and has \
            confirmationReceived false.""")
    public Uni<DeliveryStatusResponse> status(@QueryParam("saleOrderId") String saleOrderId) {
        UUID id = QueryParams.requiredUuid("saleOrderId", saleOrderId);
        return queries.status(id)
                .map(status -> new DeliveryStatusResponse(
                        status.saleOrderId(),
                        status.allDone(),
                        status.pending().stream().map(PickingMapper::toPending).toList(),
                        status.confirmationReceived()));
    }

    @GET
    @Path("/{id}")
    public Uni<PickingResponse> get(@PathParam("id") String id) {
        UUID pickingId = pickingId(id);
        return requireVisible(pickingId, id)
                .flatMap(visible -> queries.get(pickingId))
                .onItem().ifNull().failWith(() -> notFound(id))
                .map(PickingMapper::toResponse);
    }

    @POST
    @Path("/{id}/check-availability")
    @Operation(summary = "Check Availability", description = """
            Reserves stock on hand for the unreserved demand. The picking becomes ASSIGNED when every line \
            is reserved, else it stays CONFIRMED and shortages lists the missing units per product. \
            409 for a DONE or CANCELLED picking.""")
    public Uni<AvailabilityResponse> checkAvailability(@PathParam("id") String id) {
        UUID pickingId = pickingId(id);
        return requireVisible(pickingId, id)
                .flatMap(visible -> pickings.checkAvailability(pickingId, caller.actor()))
                .onItem().ifNull().failWith(() -> notFound(id))
                .map(PickingResource::toResponse);
    }

    @POST
    @Path("/{id}/validate")
    @Operation(summary = "Validate", description = """
            Delivers the reserved quantities, or the given quantityDone per product (at most the reserved \
            units; products not listed deliver nothing), and takes them out of stock. A short delivery \
            creates a backorder picking for the rest, which keeps the rest's reservation, unless \
            createBackorder is false. 409 unless the picking is open and has reserved stock.""")
    public Uni<PickingResponse> validate(@PathParam("id") String id, @Valid ValidateRequest request) {
        UUID pickingId = pickingId(id);
        return requireVisible(pickingId, id)
                .flatMap(visible -> pickings.validate(pickingId, toDelivery(request), caller.actor()))
                .onItem().ifNull().failWith(() -> notFound(id))
                .map(PickingMapper::toResponse);
    }

    @POST
    @Path("/{id}/cancel")
    @Operation(summary = "Cancel a picking", description = "Managers and admins only. Releases its reservations. 409 for a DONE or CANCELLED picking.")
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    public Uni<PickingResponse> cancel(@PathParam("id") String id) {
        UUID pickingId = pickingId(id);
        return pickings.cancel(pickingId, caller.actor())
                .onItem().ifNull().failWith(() -> notFound(id))
                .map(PickingMapper::toResponse);
    }

    /** Fails with 404 when the caller is a dealer user and the picking is not of an order they created. */
    private Uni<Boolean> requireVisible(UUID pickingId, String id) {
        String dealerUserId = caller.isDealerUserOnly() ? caller.id() : null;
        return queries.isVisible(pickingId, dealerUserId)
                .invoke(visible -> {
                    if (!visible) {
                        throw notFound(id);
                    }
                });
    }

    private static Delivery toDelivery(ValidateRequest request) {
        if (request == null) {
            return new Delivery(null, true);
        }
        boolean createBackorder = request.createBackorder() == null || request.createBackorder();
        if (request.lines() == null) {
            return new Delivery(null, createBackorder);
        }
        return new Delivery(
                request.lines().stream()
                        .map(line -> new Delivery.DeliveredLine(line.productId(), line.quantityDone()))
                        .toList(),
                createBackorder);
    }

    private static AvailabilityResponse toResponse(Availability availability) {
        return new AvailabilityResponse(PickingMapper.toResponse(availability.picking()), availability.shortages());
    }

    /** Parses the path id; an id that is not a UUID names no picking, so it is a 404. */
    private static UUID pickingId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw notFound(id);
        }
    }

    private static ApiException notFound(String id) {
        return ApiException.notFound("No picking has id " + id + ", so check the id or list the sale order's pickings.");
    }
}
