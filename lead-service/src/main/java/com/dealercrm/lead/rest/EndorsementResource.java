package com.dealercrm.lead.rest;

import com.dealercrm.lead.mapping.EndorsementRequest;
import com.dealercrm.lead.mapping.LeadView;
import com.dealercrm.lead.service.LeadIntakeService;
import com.dealercrm.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestResponse;

/** Endorsement intake: BPO CRM hands a lead to the dealer. The only endpoint open to the bpo-integration role. */
@Path("/api/endorsements")
@RolesAllowed(Roles.BPO_INTEGRATION)
@Produces(MediaType.APPLICATION_JSON)
public class EndorsementResource {

    private final LeadIntakeService intake;
    private final LeadViews views;

    public EndorsementResource(LeadIntakeService intake, LeadViews views) {
        this.intake = intake;
        this.views = views;
    }

    /** Returns 201 with the new lead, or 200 with the lead an earlier endorsement of the same BPO lead created. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<RestResponse<LeadView>> endorse(@Valid @NotNull EndorsementRequest request) {
        return intake.endorse(request)
                .chain(result -> views.of(result.lead())
                        .map(view -> result.created()
                                ? RestResponse.ResponseBuilder.<LeadView>created(LeadResource.location(result.lead())).entity(view).build()
                                : RestResponse.ok(view)));
    }
}
