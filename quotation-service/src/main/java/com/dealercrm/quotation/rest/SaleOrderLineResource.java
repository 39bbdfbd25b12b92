package com.dealercrm.quotation.rest;

import com.dealercrm.platform.security.CallerIdentity;
import com.dealercrm.platform.security.Roles;
import com.dealercrm.quotation.mapping.SaleOrderResponse;
import com.dealercrm.quotation.service.Caller;
import com.dealercrm.quotation.service.SaleOrderLineService;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Lines of a DRAFT sale order, 409 in any other state. Each call returns the whole order, so the
 * client sees the new total. As on the order, {@code If-Match: "<version>"} is optional.
 */
@Path("/api/sale-orders/{id}/lines")
@RolesAllowed({Roles.USER, Roles.MANAGER, Roles.ADMIN})
public class SaleOrderLineResource {

    private final SaleOrderLineService lines;
    private final CallerIdentity identity;

    public SaleOrderLineResource(SaleOrderLineService lines, CallerIdentity identity) {
        this.lines = lines;
        this.identity = identity;
    }

    @POST
    public Uni<RestResponse<SaleOrderResponse>> add(
            @PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, @NotNull @Valid LineRequest request) {
        UUID orderId = SaleOrderResource.orderId(id);
        return lines.add(orderId, RequestParams.ifMatchVersion(ifMatch), request.toInput(), Caller.of(identity))
                .map(edit -> Responses.created(
                        "/api/sale-orders/" + orderId + "/lines/" + edit.line().id,
                        SaleOrderResponse.from(edit.order())));
    }

    @PATCH
    @Path("/{lineId}")
    public Uni<SaleOrderResponse> update(
            @PathParam("id") String id,
            @PathParam("lineId") String lineId,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid LineRequest request) {
        return lines.update(SaleOrderResource.orderId(id), lineId(lineId), RequestParams.ifMatchVersion(ifMatch), request.toInput(), Caller.of(identity))
                .map(edit -> SaleOrderResponse.from(edit.order()));
    }

    @DELETE
    @Path("/{lineId}")
    public Uni<SaleOrderResponse> remove(
            @PathParam("id") String id, @PathParam("lineId") String lineId, @HeaderParam("If-Match") String ifMatch) {
        return lines.remove(SaleOrderResource.orderId(id), lineId(lineId), RequestParams.ifMatchVersion(ifMatch), Caller.of(identity))
                .map(edit -> SaleOrderResponse.from(edit.order()));
    }

    private static UUID lineId(String lineId) {
        return RequestParams.pathId(lineId, "Sale order line");
    }
}
