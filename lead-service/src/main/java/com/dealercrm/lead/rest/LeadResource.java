package com.dealercrm.lead.rest;

import com.dealercrm.lead.Lead;
import com.dealercrm.lead.LeadStage;
import com.dealercrm.lead.mapping.AssignRequest;
import com.dealercrm.lead.mapping.CallLogView;
import com.dealercrm.lead.mapping.ConversionView;
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
import com.dealercrm.lead.service.Conversion;
import com.dealercrm.lead.service.LeadEditService;
import com.dealercrm.lead.service.LeadIntakeService;
import com.dealercrm.lead.service.LeadQueryService;
import com.dealercrm.lead.service.LeadSearch;
import com.dealercrm.lead.service.LeadWorkflowService;
import com.dealercrm.lead.service.MarkWonService;
import com.dealercrm.lead.service.QuotationConversionService;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
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
    private final QuotationConversionService conversions;
    private final MarkWonService markWon;
    private final CallLogService calls;
    private final LeadPatchReader patchReader;
    private final LeadViews views;

    public LeadResource(LeadIntakeService intake, LeadQueryService queries, LeadWorkflowService workflow, LeadEditService edits,
            QuotationConversionService conversions, MarkWonService markWon, CallLogService calls, LeadPatchReader patchReader,
            LeadViews views) {
        this.intake = intake;
        this.queries = queries;
        this.workflow = workflow;
        this.edits = edits;
        this.conversions = conversions;
        this.markWon = markWon;
        this.calls = calls;
        this.patchReader = patchReader;
        this.views = views;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<RestResponse<LeadView>> create(@Valid @NotNull CreateLeadRequest request) {
        return intake.create(request)
                .chain(lead -> views.of(lead)
                        .map(view -> RestResponse.ResponseBuilder.<LeadView>created(location(lead)).entity(view).build()));
    }

    @GET
    public Uni<PageView<LeadView>> list(@RestQuery String stage, @RestQuery String owner, @RestQuery String endorsed,
            @RestQuery String active, @RestQuery String lostFrom, @RestQuery String lostTo, @RestQuery String q,
            @RestQuery String page, @RestQuery String size) {
        LeadSearch search = search(stage, owner, endorsed, active, lostFrom, lostTo, q);
        int pageNumber = QueryParams.page(page);
        int pageSize = QueryParams.size(size);
        return queries.search(search, pageNumber, pageSize)
                .chain(result -> views.of(result.items())
                        .map(items -> new PageView<>(items, result.total(), pageNumber, pageSize)));
    }

    /** My Pipeline; {@code size} limits the leads listed per column (default 50, at most 200), not the counts. */
    @GET
    @Path("/pipeline")
    public Uni<PipelineView> pipeline(@RestQuery String size) {
        int perColumn = QueryParams.integer("size", size, DEFAULT_COLUMN_SIZE, 1, QueryParams.MAX_PAGE_SIZE);
        return queries.pipeline(perColumn)
                .chain(this::pipelineView);
    }

    @GET
    @Path("/{id}")
    public Uni<RestResponse<LeadView>> get(@RestPath UUID id) {
        return queries.get(id)
                .chain(this::withEtag);
    }

    /** Edits tracked fields; {@code If-Match: "<version>"} makes the edit fail with 412 when the lead changed since. */
    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<RestResponse<LeadView>> update(@RestPath UUID id, @RestHeader("If-Match") String ifMatch, JsonNode body) {
        return patchReader.read(body)
                .chain(patch -> edits.update(id, ifMatch, patch))
                .chain(this::withEtag);
    }

    @POST
    @Path("/{id}/stage")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<LeadView> changeStage(@RestPath UUID id, @Valid @NotNull StageRequest request) {
        return workflow.changeStage(id, request.stage())
                .chain(views::of);
    }

    @POST
    @Path("/{id}/claim")
    public Uni<LeadView> claim(@RestPath UUID id) {
        return workflow.claim(id)
                .chain(views::of);
    }

    @POST
    @Path("/{id}/assign")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    public Uni<LeadView> assign(@RestPath UUID id, @Valid @NotNull AssignRequest request) {
        return workflow.assign(id, request)
                .chain(views::of);
    }

    /** Returns 201 when this request linked a new sale order, and 200 with the existing link when the lead already had one. */
    @POST
    @Path("/{id}/convert-to-quotation")
    public Uni<RestResponse<ConversionView>> convertToQuotation(@RestPath UUID id) {
        return conversions.convert(id)
                .map(LeadResource::conversionResponse);
    }

    /**
     * Moves the lead to Won after asking quotation-service and delivery-service whether its sale
     * order is confirmed and delivered. A second Mark Won of a lead gets 409, also when both run at once.
     */
    @POST
    @Path("/{id}/mark-won")
    public Uni<LeadView> markWon(@RestPath UUID id) {
        return markWon.markWon(id)
                .chain(views::of);
    }

    @POST
    @Path("/{id}/mark-lost")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<LeadView> markLost(@RestPath UUID id, @Valid @NotNull MarkLostRequest request) {
        return workflow.markLost(id, request)
                .chain(views::of);
    }

    @POST
    @Path("/{id}/archive")
    public Uni<LeadView> archive(@RestPath UUID id) {
        return workflow.setActive(id, false)
                .chain(views::of);
    }

    @POST
    @Path("/{id}/unarchive")
    public Uni<LeadView> unarchive(@RestPath UUID id) {
        return workflow.setActive(id, true)
                .chain(views::of);
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

    private Uni<PipelineView> pipelineView(List<LeadQueryService.Column> columns) {
        List<Lead> all = columns.stream().flatMap(column -> column.leads().stream()).toList();
        return views.of(all)
                .map(allViews -> {
                    Map<UUID, LeadView> viewById = allViews.stream().collect(Collectors.toMap(LeadView::id, view -> view));
                    return new PipelineView(columns.stream()
                            .map(column -> new PipelineView.Column(column.stage(), column.count(),
                                    column.leads().stream().map(lead -> viewById.get(lead.id)).toList()))
                            .toList());
                });
    }

    private Uni<RestResponse<LeadView>> withEtag(Lead lead) {
        return views.of(lead)
                .map(view -> RestResponse.ResponseBuilder.ok(view)
                        .header("ETag", "\"" + lead.version + "\"")
                        .build());
    }

    private static RestResponse<ConversionView> conversionResponse(Conversion conversion) {
        ConversionView view = new ConversionView(conversion.saleOrderId(), conversion.saleOrderName());
        return conversion.created()
                ? RestResponse.status(RestResponse.Status.CREATED, view)
                : RestResponse.ok(view);
    }

    static URI location(Lead lead) {
        return URI.create("/api/leads/" + lead.id);
    }
}
