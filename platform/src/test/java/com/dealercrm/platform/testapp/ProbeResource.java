package com.dealercrm.platform.testapp;

import com.dealercrm.platform.security.CallerIdentity;
import com.dealercrm.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.Map;

/** Endpoints that exercise the error mapping and the caller identity. */
@Path("/test/probe")
public class ProbeResource {

    public enum Colour { RED, GREEN }

    public record ProbeRequest(
            @NotBlank @Size(max = 20) String name,
            @Email String email,
            @PositiveOrZero BigDecimal price,
            Colour colour) {
    }

    private final CallerIdentity caller;

    public ProbeResource(CallerIdentity caller) {
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.USER, Roles.MANAGER})
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> accept(@Valid ProbeRequest request) {
        return Map.of("name", request.name(), "caller", caller.name(), "callerId", caller.id(), "manager", caller.isManagerOrAdmin());
    }

    @GET
    @Path("/manager-only")
    @RolesAllowed(Roles.MANAGER)
    public String managerOnly() {
        return "ok";
    }

    @GET
    @Path("/boom")
    @RolesAllowed(Roles.USER)
    public String boom() {
        throw new IllegalStateException("secret internal detail from org.example.Database");
    }
}
