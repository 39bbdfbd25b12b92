package com.dealercrm.audit.rest;

import com.dealercrm.audit.service.IntegrityService;
import com.dealercrm.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The end-to-end check of the audit log's hash chain. */
@Path("/api/audit/integrity")
@Produces(MediaType.APPLICATION_JSON)
public class IntegrityResource {

    private final IntegrityService integrity;

    public IntegrityResource(IntegrityService integrity) {
        this.integrity = integrity;
    }

    /** Returns {@code verified: true} with the message count, or the first broken link (still 200: the check itself ran). */
    @GET
    @RolesAllowed(Roles.ADMIN)
    public Uni<IntegrityService.IntegrityReport> verify() {
        return integrity.verify();
    }
}
