package com.dealercrm.bpo.client;

import io.quarkus.rest.client.reactive.Url;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * Odoo's JSON-RPC endpoint. The base URL is passed on every call because admins can change it
 * at runtime. The body is returned as text so that a non-JSON response can be reported as such.
 */
@RegisterRestClient(configKey = "bpo-crm")
interface OdooJsonRpcApi {

    @POST
    @Path("/jsonrpc")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Uni<String> call(@Url String baseUrl, JsonRpcRequest request);
}
