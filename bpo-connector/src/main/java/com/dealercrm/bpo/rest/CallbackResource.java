package com.dealercrm.bpo.rest;

import com.dealercrm.bpo.service.CallbackDispatcher;
import com.dealercrm.bpo.service.CallbackJobService;
import com.dealercrm.platform.error.ApiException;
import com.dealercrm.platform.security.CallerIdentity;
import com.dealercrm.platform.security.Roles;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;

/** BPO callback jobs for managers and admins: the list, one job with its attempts, and retries. */
@Path("/api/bpo/callbacks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MANAGER, Roles.ADMIN})
public class CallbackResource {

    /** The response of retry-failed: the count of FAILED jobs that became PENDING. */
    public record RetryFailedResult(int retried) {
    }

    private final CallbackJobService jobs;
    private final CallbackDispatcher dispatcher;
    private final CallerIdentity caller;

    public CallbackResource(CallbackJobService jobs, CallbackDispatcher dispatcher, CallerIdentity caller) {
        this.jobs = jobs;
        this.dispatcher = dispatcher;
        this.caller = caller;
    }

    @GET
    public Uni<PageView<CallbackJobView>> list(
            @QueryParam("status") String status,
            @QueryParam("leadId") String leadId,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        int pageNumber = QueryParams.page(page);
        int pageSize = QueryParams.size(size);
        return jobs.search(QueryParams.status(status), QueryParams.uuid("leadId", leadId), pageNumber, pageSize)
                .map(found -> new PageView<>(found.jobs().stream().map(CallbackJobView::of).toList(), found.total(), pageNumber, pageSize));
    }

    @GET
    @Path("/{id}")
    public Uni<CallbackJobView> get(@PathParam("id") String id) {
        return jobs.history(jobId(id))
                .onItem().ifNull().failWith(() -> notFound(id))
                .map(found -> CallbackJobView.of(found.job(), found.attempts()));
    }

    @POST
    @Path("/{id}/retry")
    public Uni<CallbackJobView> retry(@PathParam("id") String id) {
        Log.debugf("%s retries BPO callback job %s", caller.name(), id);
        return jobs.retry(jobId(id), caller.name())
                .onItem().ifNull().failWith(() -> notFound(id))
                .invoke(dispatcher::pollNow)
                .map(CallbackJobView::of);
    }

    @POST
    @Path("/retry-failed")
    public Uni<RetryFailedResult> retryFailed() {
        return jobs.retryFailed(caller.name())
                .invoke(dispatcher::pollNow)
                .map(RetryFailedResult::new);
    }

    private static UUID jobId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw notFound(id);
        }
    }

    private static ApiException notFound(String id) {
        return ApiException.notFound("No BPO callback job has id " + id + ".");
    }
}
