package com.dealercrm.audit.rest;

import com.dealercrm.audit.mapping.MessageView;
import com.dealercrm.audit.mapping.PagedList;
import com.dealercrm.audit.repository.MessageCriteria;
import com.dealercrm.audit.service.ChatterService;
import com.dealercrm.platform.error.ApiException;
import com.dealercrm.platform.security.CallerIdentity;
import com.dealercrm.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** The chatter: a lead's timeline for those who may see the lead, and the search for managers. */
@Path("/api/audit")
@Produces(MediaType.APPLICATION_JSON)
public class ChatterResource {

    /** A lead's timeline is short, so one default page usually contains all of it. */
    private static final int TIMELINE_DEFAULT_SIZE = QueryParameters.MAX_SIZE;
    private static final int SEARCH_DEFAULT_SIZE = 20;

    private final ChatterService chatter;
    private final CallerIdentity caller;

    public ChatterResource(ChatterService chatter, CallerIdentity caller) {
        this.chatter = chatter;
        this.caller = caller;
    }

    @GET
    @Path("/leads/{leadId}/messages")
    @RolesAllowed({Roles.USER, Roles.MANAGER, Roles.ADMIN})
    public Uni<PagedList<MessageView>> timeline(
            @RestPath String leadId, @RestQuery String page, @RestQuery String size) {
        String id = QueryParameters.uuid("leadId", leadId);
        if (id == null) {
            throw ApiException.badRequest("leadId", "missing; use the lead's id");
        }
        var viewer = new ChatterService.Viewer(caller.id(), caller.isManagerOrAdmin());
        return chatter.timeline(id, viewer, QueryParameters.page(page), QueryParameters.size(size, TIMELINE_DEFAULT_SIZE));
    }

    @GET
    @Path("/messages")
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    public Uni<PagedList<MessageView>> search(
            @RestQuery String leadId,
            @RestQuery String aggregateType,
            @RestQuery String type,
            @RestQuery String actor,
            @RestQuery String reference,
            @RestQuery String from,
            @RestQuery String to,
            @RestQuery String page,
            @RestQuery String size) {
        QueryParameters.TimeRange range = QueryParameters.range(from, to);
        var criteria = new MessageCriteria(
                QueryParameters.uuid("leadId", leadId),
                QueryParameters.aggregateType(aggregateType),
                QueryParameters.text(type),
                QueryParameters.text(actor),
                QueryParameters.text(reference),
                range.from(),
                range.to());
        return chatter.search(criteria, QueryParameters.page(page), QueryParameters.size(size, SEARCH_DEFAULT_SIZE));
    }
}
