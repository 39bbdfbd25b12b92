package com.dealercrm.delivery.rest;

import com.dealercrm.delivery.mapping.StockMapper;
import com.dealercrm.delivery.service.StockService;
import com.dealercrm.platform.security.CallerIdentity;
import com.dealercrm.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Stock on hand per product. Every dealer role reads it, and managers and admins adjust it.
 *
 * <p>An adjustment sets the counted on-hand quantity of a product, as an Odoo inventory
 * adjustment does. The quantity is not added to the current one, so repeating it changes nothing.
 */
@Path("/api/stock")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.USER, Roles.MANAGER, Roles.ADMIN})
public class StockResource {

    private final StockService stock;
    private final CallerIdentity caller;

    public StockResource(StockService stock, CallerIdentity caller) {
        this.stock = stock;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "List stock on hand", description = "In product id order. The filter is productId, with page and size (at most 200).")
    public Uni<PageResponse<StockLevelResponse>> list(
            @QueryParam("productId") String productId,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        int pageIndex = QueryParams.page(page);
        int pageSize = QueryParams.size(size);
        return stock.list(QueryParams.optionalUuid("productId", productId), pageIndex, pageSize)
                .map(result -> new PageResponse<>(
                        result.items().stream().map(StockMapper::toResponse).toList(),
                        result.total(),
                        pageIndex,
                        pageSize));
    }

    /**
     * Sets a product's on-hand quantity. NOTE: the product id is not checked against the catalog,
     * which quotation-service owns, so stock can be counted before the product's first order.
     */
    @POST
    @Path("/adjustments")
    @Operation(summary = "Adjust stock", description = """
            Managers and admins only. Sets the product's on-hand quantity to the counted quantity; it is not \
            added to the current quantity. 409 when the quantity is below the units reserved by open pickings.""")
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    public Uni<StockLevelResponse> adjust(
            @Valid @NotNull(message = "is required and must contain productId and quantity") StockAdjustmentRequest request) {
        return stock.adjust(request.productId(), request.quantity(), caller.actor())
                .map(StockMapper::toResponse);
    }
}
