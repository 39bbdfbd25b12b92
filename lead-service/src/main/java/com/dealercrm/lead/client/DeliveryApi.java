package com.dealercrm.lead.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The delivery status API of delivery-service, called with the Authorization header of the incoming request. */
@RegisterRestClient(configKey = "delivery-service")
@RegisterClientHeaders
@Path("/api/pickings")
@Produces(MediaType.APPLICATION_JSON)
interface DeliveryApi {

    @GET
    @Path("/status")
    Uni<DeliveryStatusResponse> getStatus(@QueryParam("saleOrderId") UUID saleOrderId);
}
