package com.dealercrm.lead.rest;

import com.dealercrm.lead.Lead;
import com.dealercrm.lead.LeadStage;
import com.dealercrm.lead.mapping.AssignRequest;
import com.dealercrm.lead.mapping.CallLogView;
import com.dealercrm.lead.mapping.CreateLeadRequest;
import com.dealercrm.lead.mapping.LeadMapper;
import com.dealercrm.lead.mapping.LeadPatchReader;
import com.dealercrm.lead.mapping.LeadView;
import com.dealercrm.lead.mapping.LogCallRequest;
import com.dealercrm.lead.mapping.MarkLostRequest;
import com.dealercrm.lead.mapping.PageView;
import com.dealercrm.lead.mapping.PipelineView;
import com.dealercrm.lead.mapping.StageRequest;
import com.dealercrm.lead.service.CallLogService;
import com.dealercrm.lead.service.LeadAccess;
import com.dealercrm.lead.service.LeadEditService;
import com.dealercrm.lead.service.LeadIntakeService;
import com.dealercrm.lead.service.LeadQueryService;
import com.dealercrm.lead.service.LeadSearch;
import com.dealercrm.lead.service.LeadWorkflowService;
import com.dealercrm.platform.security.Roles;
import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

/** The lead API for dealer users, managers and admins: All Leads, My Pipeline, one lead and its commands. */
@Path("/api/leads")
@RolesAllowed({Roles.USER, Roles.MANAGER, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class LeadResource {

    static final int DEFAULT_COLUMN_SIZE = 50;

    private final LeadIntakeService intake;
    private final LeadQueryService queries;
    private final LeadWorkflowService workflow;
    private final LeadEditService edits;
    private final CallLogService calls;
    private final LeadPatchReader patchReader;
    private final LeadAccess access;

    public LeadResource(LeadIntakeService intake, LeadQueryService queries, LeadWorkflowService workflow, LeadEditService edits,
            CallLogService calls, LeadPatchReader patchReader, LeadAccess access) {
        this.intake = intake;
        this.queries = queries;
        this.workflow = workflow;
        this.edits = edits;
        this.calls = calls;
        this.patchReader = patchReader;
        this.access = access;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<RestResponse<LeadView>> create(@Valid @NotNull CreateLeadRequest request) {
        return intake.create(request)
                .map(lead -> RestResponse.ResponseBuilder.<LeadView>created(location(lead)).entity(view(lead)).build());
    }

    @GET
    public Uni<PageView<LeadView>> list(@RestQuery String stage, @RestQuery String owner, @RestQuery String endorsed,
            @RestQuery String active, @RestQuery String lostFrom, @RestQuery String lostTo, @RestQuery String q,
            @RestQuery String page, @RestQuery String size) {
        LeadSearch search = search(stage, owner, endorsed, active, lostFrom, lostTo, q);
        int pageNumber = QueryParams.page(page);
        int pageSize = QueryParams.size(size);
        return queries.search(search, pageNumber, pageSize)
                .map(result -> new PageView<>(result.items().stream().map(this::view).toList(), result.total(), pageNumber, pageSize));
    }

    /** My Pipeline; {@code size} limits the leads listed per column (default 50, at most 200), not the counts. */
    @GET
    @Path("/pipeline")
    public Uni<PipelineView> pipeline(@RestQuery String size) {
        int perColumn = QueryParams.integer("size", size, DEFAULT_COLUMN_SIZE, 1, QueryParams.MAX_PAGE_SIZE);
        return queries.pipeline(perColumn)
                .map(columns -> new PipelineView(columns.stream()
                        .map(column -> new PipelineView.Column(column.stage(), column.count(), column.leads().stream().map(this::view).toList()))
                        .toList()));
    }

    @GET
    @Path("/{id}")
    public Uni<RestResponse<LeadView>> get(@RestPath UUID id) {
        return queries.get(id)
                .map(this::withEtag);
    }

    /** Edits tracked fields; {@code If-Match: "<version>"} makes the edit fail with 412 when the lead changed since. */
    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<RestResponse<LeadView>> update(@RestPath UUID id, @RestHeader("If-Match") String ifMatch, JsonNode body) {
        return patchReader.read(body)
                .chain(patch -> edits.update(id, ifMatch, patch))
                .map(this::withEtag);
    }

    @POST
    @Path("/{id}/stage")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<LeadView> changeStage(@RestPath UUID id, @Valid @NotNull StageRequest request) {
        return workflow.changeStage(id, request.stage())
                .map(this::view);
    }

    @POST
    @Path("/{id}/claim")
    public Uni<LeadView> claim(@RestPath UUID id) {
        return workflow.claim(id)
                .map(this::view);
    }

    @POST
    @Path("/{id}/assign")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    public Uni<LeadView> assign(@RestPath UUID id, @Valid @NotNull AssignRequest request) {
        return workflow.assign(id, request)
                .map(this::view);
    }

    @POST
    @Path("/{id}/mark-won")
    public Uni<LeadView> markWon(@RestPath UUID id) {
        return workflow.markWon(id)
                .map(this::view);
    }

    @POST
    @Path("/{id}/mark-lost")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<LeadView> markLost(@RestPath UUID id, @Valid @NotNull MarkLostRequest request) {
        return workflow.markLost(id, request)
                .map(this::view);
    }

    @POST
    @Path("/{id}/archive")
    public Uni<LeadView> archive(@RestPath UUID id) {
        return workflow.setActive(id, false)
                .map(this::view);
    }

    @POST
    @Path("/{id}/unarchive")
    public Uni<LeadView> unarchive(@RestPath UUID id) {
        return workflow.setActive(id, true)
                .map(this::view);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    public Uni<RestResponse<Void>> delete(@RestPath UUID id) {
        return workflow.delete(id)
                .map(nothing -> RestResponse.noContent());
    }

    @POST
    @Path("/{id}/calls")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<RestResponse<CallLogView>> logCall(@RestPath UUID id, @Valid @NotNull LogCallRequest request) {
        return calls.log(id, request)
                .map(call -> RestResponse.status(RestResponse.Status.CREATED, LeadMapper.toView(call)));
    }

    @GET
    @Path("/{id}/calls")
    public Uni<PageView<CallLogView>> calls(@RestPath UUID id, @RestQuery String page, @RestQuery String size) {
        int pageNumber = QueryParams.page(page);
        int pageSize = QueryParams.size(size);
        return calls.forLead(id, pageNumber, pageSize)
                .map(result -> new PageView<>(result.items().stream().map(LeadMapper::toView).toList(), result.total(), pageNumber, pageSize));
    }

    private static LeadSearch search(String stage, String owner, String endorsed, String active, String lostFrom, String lostTo, String q) {
        LeadSearch search = new LeadSearch(
                QueryParams.enumValue("stage", stage, LeadStage.class),
                QueryParams.text("owner", owner, 100),
                QueryParams.bool("endorsed", endorsed),
                !Boolean.FALSE.equals(QueryParams.bool("active", active)),
                QueryParams.instant("lostFrom", lostFrom),
                QueryParams.instant("lostTo", lostTo),
                QueryParams.text("q", q, 200));
        QueryParams.range("lostFrom", search.lostFrom(), "lostTo", search.lostTo());
        return search;
    }

    private LeadView view(Lead lead) {
        return LeadMapper.toView(lead, access.actions(lead));
    }

    private RestResponse<LeadView> withEtag(Lead lead) {
        return RestResponse.ResponseBuilder.ok(view(lead))
                .header("ETag", "\"" + lead.version + "\"")
                .build();
    }

    static URI location(Lead lead) {
        return URI.create("/api/leads/" + lead.id);
    }
}
