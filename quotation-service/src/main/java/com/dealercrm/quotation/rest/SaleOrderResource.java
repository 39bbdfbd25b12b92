package com.dealercrm.quotation.rest;

import com.dealercrm.platform.security.CallerIdentity;
import com.dealercrm.platform.security.Roles;
import com.dealercrm.quotation.SaleOrderState;
import com.dealercrm.quotation.mapping.PageResponse;
import com.dealercrm.quotation.mapping.SaleOrderResponse;
import com.dealercrm.quotation.service.Caller;
import com.dealercrm.quotation.service.SaleOrderService;
import com.dealercrm.quotation.service.SaleOrderStateService;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Sale orders. A dealer user sees and acts on the orders they created, managers and admins on all.
 * Actions that change an order accept an optional {@code If-Match: "<version>"} and respond with
 * 412 when the order has changed since.
 */
@Path("/api/sale-orders")
@RolesAllowed({Roles.USER, Roles.MANAGER, Roles.ADMIN})
public class SaleOrderResource {

    private final SaleOrderService orders;
    private final SaleOrderStateService states;
    private final CallerIdentity identity;

    public SaleOrderResource(SaleOrderService orders, SaleOrderStateService states, CallerIdentity identity) {
        this.orders = orders;
        this.states = states;
        this.identity = identity;
    }

    /**
     * Creates a DRAFT order: 201 with {@code Location}. A repeated {@code Idempotency-Key} returns
     * the order created with it, 200, whatever the body of the repeated request contains.
     */
    @POST
    public Uni<RestResponse<SaleOrderResponse>> create(
            @HeaderParam("Idempotency-Key") String idempotencyKey, @NotNull @Valid CreateSaleOrderRequest request) {
        String key = RequestParams.idempotencyKey(idempotencyKey);
        return orders.create(key, request.toNewSaleOrder(), Caller.of(identity))
                .map(result -> {
                    SaleOrderResponse order = SaleOrderResponse.from(result.order());
                    if (!result.created()) {
                        return RestResponse.ok(order);
                    }
                    return Responses.created("/api/sale-orders/" + order.id(), order);
                });
    }

    @GET
    public Uni<PageResponse<SaleOrderResponse>> list(
            @QueryParam("dealerLeadId") String dealerLeadId,
            @QueryParam("state") String state,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        UUID leadId = RequestParams.optionalUuid(dealerLeadId, "dealerLeadId");
        SaleOrderState stateFilter = RequestParams.optionalEnum(state, SaleOrderState.class, "state");
        RequestParams.Paging paging = RequestParams.paging(page, size);
        return orders.list(leadId, stateFilter, paging.page(), paging.size(), Caller.of(identity))
                .map(result -> result.map(SaleOrderResponse::from));
    }

    @GET
    @Path("/{id}")
    public Uni<SaleOrderResponse> get(@PathParam("id") String id) {
        return orders.get(orderId(id), Caller.of(identity))
                .map(SaleOrderResponse::from);
    }

    /** Confirms a DRAFT order (to SALE). Responds 422 when it has no lines and 409 from any other state. */
    @POST
    @Path("/{id}/confirm")
    public Uni<SaleOrderResponse> confirm(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        return states.confirm(orderId(id), RequestParams.ifMatchVersion(ifMatch), Caller.of(identity))
                .map(SaleOrderResponse::from);
    }

    /** Locks a SALE order (to DONE), for managers and admins. Responds 409 from any other state. */
    @POST
    @Path("/{id}/lock")
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    public Uni<SaleOrderResponse> lock(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        return states.lock(orderId(id), RequestParams.ifMatchVersion(ifMatch), Caller.of(identity))
                .map(SaleOrderResponse::from);
    }

    /** Cancels a DRAFT or SALE order, 409 from DONE or CANCELLED. delivery-service then cancels its open pickings. */
    @POST
    @Path("/{id}/cancel")
    public Uni<SaleOrderResponse> cancel(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        return states.cancel(orderId(id), RequestParams.ifMatchVersion(ifMatch), Caller.of(identity))
                .map(SaleOrderResponse::from);
    }

    static UUID orderId(String id) {
        return RequestParams.pathId(id, "Sale order");
    }
}
