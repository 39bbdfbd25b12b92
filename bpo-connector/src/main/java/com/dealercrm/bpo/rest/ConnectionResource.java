package com.dealercrm.bpo.rest;

import com.dealercrm.bpo.service.ConnectionService;
import com.dealercrm.bpo.service.ConnectionService.ConnectionChange;
import com.dealercrm.bpo.service.ConnectionService.TestResult;
import com.dealercrm.platform.error.ApiException;
import com.dealercrm.platform.security.CallerIdentity;
import com.dealercrm.platform.security.Roles;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** The BPO CRM connection for admins: read, change, revert to configuration, and test. */
@Path("/api/bpo/connection")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class ConnectionResource {

    /** {@code {"ok": true, "uid": 2}} or {@code {"ok": false, "error": "..."}}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TestView(boolean ok, Integer uid, String error) {

        static TestView of(TestResult result) {
            return new TestView(result.ok(), result.uid(), result.error());
        }
    }

    private final ConnectionService connections;
    private final CallerIdentity caller;

    public ConnectionResource(ConnectionService connections, CallerIdentity caller) {
        this.connections = connections;
        this.caller = caller;
    }

    @GET
    public Uni<ConnectionView> get() {
        return connections.current()
                .map(ConnectionView::of);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<ConnectionView> put(@Valid @NotNull(message = "must be a JSON object with url, database, login and apiKey") ConnectionRequest request) {
        checkUrl(request.url());
        ConnectionChange change = new ConnectionChange(request.url().trim(), request.database().trim(), request.login().trim(), request.apiKey());
        return connections.save(change, caller.name())
                .map(ConnectionView::of);
    }

    /** Deletes the saved settings, so the configured ones apply again. */
    @DELETE
    public Uni<ConnectionView> delete() {
        return connections.revert(caller.name())
                .map(ConnectionView::of);
    }

    @POST
    @Path("/test")
    public Uni<TestView> test() {
        return connections.test()
                .map(TestView::of);
    }

    /** Accepts an absolute http or https URL with a host and without credentials, query or fragment. */
    static void checkUrl(String url) {
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            throw ApiException.badRequest("url", "'" + url + "' is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw ApiException.badRequest("url", "'" + url + "' must start with http:// or https://");
        }
        if (uri.getHost() == null) {
            throw ApiException.badRequest("url", "'" + url + "' has no host name");
        }
        if (uri.getRawUserInfo() != null) {
            throw ApiException.badRequest("url", "must not contain a user name or password. Send the key in apiKey");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw ApiException.badRequest("url", "'" + url + "' must not contain a query or fragment. Give the base URL of BPO CRM");
        }
    }
}
