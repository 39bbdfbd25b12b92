package com.dealercrm.quotation.rest;

import com.dealercrm.platform.error.ApiException;
import com.dealercrm.platform.security.CallerIdentity;
import com.dealercrm.platform.security.Roles;
import com.dealercrm.quotation.mapping.PageResponse;
import com.dealercrm.quotation.mapping.ProductResponse;
import com.dealercrm.quotation.service.Caller;
import com.dealercrm.quotation.service.CatalogService;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;

/** Products of the catalog: every dealer role reads them, managers and admins create them. */
@Path("/api/products")
public class ProductResource {

    private final CatalogService catalog;
    private final CallerIdentity identity;

    public ProductResource(CatalogService catalog, CallerIdentity identity) {
        this.catalog = catalog;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Roles.USER, Roles.MANAGER, Roles.ADMIN})
    public Uni<PageResponse<ProductResponse>> list(
            @QueryParam("brandId") String brandId, @QueryParam("page") String page, @QueryParam("size") String size) {
        UUID brand = RequestParams.optionalUuid(brandId, "brandId");
        RequestParams.Paging paging = RequestParams.paging(page, size);
        return catalog.listProducts(brand, paging.page(), paging.size())
                .map(result -> result.map(ProductResponse::from));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.USER, Roles.MANAGER, Roles.ADMIN})
    public Uni<ProductResponse> get(@PathParam("id") String id) {
        UUID productId = RequestParams.pathId(id, "Product");
        return catalog.findProduct(productId)
                .onItem().ifNull().failWith(() -> ApiException.notFound("Product " + id + " does not exist. Check the id."))
                .map(ProductResponse::from);
    }

    @POST
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    public Uni<RestResponse<ProductResponse>> create(@NotNull @Valid CreateProductRequest request) {
        boolean deliverable = request.deliverable() == null || request.deliverable();
        return catalog.createProduct(request.brandId(), request.name().strip(), request.listPrice(), deliverable, Caller.of(identity))
                .map(ProductResponse::from)
                .map(product -> Responses.created("/api/products/" + product.id(), product));
    }
}
