package com.dealercrm.quotation.rest;

import com.dealercrm.platform.security.CallerIdentity;
import com.dealercrm.platform.security.Roles;
import com.dealercrm.quotation.mapping.BrandResponse;
import com.dealercrm.quotation.mapping.PageResponse;
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

/** Brands of the catalog: every dealer role reads them, managers and admins create them. */
@Path("/api/brands")
public class BrandResource {

    private final CatalogService catalog;
    private final CallerIdentity identity;

    public BrandResource(CatalogService catalog, CallerIdentity identity) {
        this.catalog = catalog;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Roles.USER, Roles.MANAGER, Roles.ADMIN})
    public Uni<PageResponse<BrandResponse>> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        RequestParams.Paging paging = RequestParams.paging(page, size);
        return catalog.listBrands(paging.page(), paging.size())
                .map(result -> result.map(BrandResponse::from));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.USER, Roles.MANAGER, Roles.ADMIN})
    public Uni<BrandResponse> get(@PathParam("id") String id) {
        UUID brandId = RequestParams.pathId(id, "Brand");
        return catalog.findBrand(brandId)
                .onItem().ifNull().failWith(() -> CatalogService.brandNotFound(brandId))
                .map(BrandResponse::from);
    }

    @POST
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    public Uni<RestResponse<BrandResponse>> create(@NotNull @Valid CreateBrandRequest request) {
        return catalog.createBrand(request.code(), request.name().strip(), Caller.of(identity))
                .map(BrandResponse::from)
                .map(brand -> Responses.created("/api/brands/" + brand.id(), brand));
    }
}
