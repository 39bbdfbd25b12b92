package com.dealercrm.lead.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The catalog and sale order API of quotation-service. Each call carries the Authorization header
 * of the incoming request ({@code org.eclipse.microprofile.rest.client.propagateHeaders}), so
 * quotation-service applies its sales rules to the dealer agent who clicked.
 */
@RegisterRestClient(configKey = "quotation-service")
@RegisterClientHeaders
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
interface QuotationApi {

    @GET
    @Path("/products/{id}")
    Uni<ProductResponse> getProduct(@PathParam("id") UUID id);

    @POST
    @Path("/sale-orders")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<SaleOrderResponse> createSaleOrder(@HeaderParam("Idempotency-Key") String idempotencyKey, NewSaleOrderRequest request);

    @GET
    @Path("/sale-orders/{id}")
    Uni<SaleOrderResponse> getSaleOrder(@PathParam("id") UUID id);
}
