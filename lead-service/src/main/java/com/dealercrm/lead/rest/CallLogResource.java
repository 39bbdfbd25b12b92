package com.dealercrm.lead.rest;

import com.dealercrm.lead.mapping.CallLogView;
import com.dealercrm.lead.mapping.LeadMapper;
import com.dealercrm.lead.mapping.PageView;
import com.dealercrm.lead.service.CallLogService;
import com.dealercrm.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.jboss.resteasy.reactive.RestQuery;

/** Call Logs: the calls on every lead the caller may see, filtered by user and time. */
@Path("/api/calls")
@RolesAllowed({Roles.USER, Roles.MANAGER, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class CallLogResource {

    private final CallLogService calls;

    public CallLogResource(CallLogService calls) {
        this.calls = calls;
    }

    /** Lists calls logged at or after {@code from} and before {@code to}, newest first. */
    @GET
    public Uni<PageView<CallLogView>> search(@RestQuery String userId, @RestQuery String from, @RestQuery String to,
            @RestQuery String page, @RestQuery String size) {
        Instant fromInstant = QueryParams.instant("from", from);
        Instant toInstant = QueryParams.instant("to", to);
        QueryParams.range("from", fromInstant, "to", toInstant);
        int pageNumber = QueryParams.page(page);
        int pageSize = QueryParams.size(size);
        return calls.search(QueryParams.text("userId", userId, 100), fromInstant, toInstant, pageNumber, pageSize)
                .map(result -> new PageView<>(result.items().stream().map(LeadMapper::toView).toList(), result.total(), pageNumber, pageSize));
    }
}
