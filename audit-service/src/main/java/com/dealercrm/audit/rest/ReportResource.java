package com.dealercrm.audit.rest;

import com.dealercrm.audit.mapping.BpoSyncGap;
import com.dealercrm.audit.mapping.LostLead;
import com.dealercrm.audit.mapping.LostReasonCount;
import com.dealercrm.audit.mapping.PagedList;
import com.dealercrm.audit.service.ReportService;
import com.dealercrm.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The audit reports, as JSON or, with {@code Accept: text/csv}, as a CSV export. A JSON list is
 * paged, but a CSV export contains every matching row.
 */
@Path("/api/audit/reports")
@RolesAllowed({Roles.MANAGER, Roles.ADMIN})
public class ReportResource {

    private static final int DEFAULT_SIZE = 20;
    private static final int ALL_ROWS = 0;

    private final ReportService reports;

    public ReportResource(ReportService reports) {
        this.reports = reports;
    }

    @GET
    @Path("/lost-reasons")
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<List<LostReasonCount>> lostReasons(@RestQuery String from, @RestQuery String to) {
        QueryParameters.TimeRange range = QueryParameters.range(from, to);
        return reports.lostReasons(range.from(), range.to());
    }

    @GET
    @Path("/lost-reasons")
    @Produces(CsvExport.MEDIA_TYPE)
    public Uni<RestResponse<String>> lostReasonsCsv(@RestQuery String from, @RestQuery String to) {
        QueryParameters.TimeRange range = QueryParameters.range(from, to);
        return reports.lostReasons(range.from(), range.to())
                .map(counts -> CsvExport.response("lost-reasons.csv", List.of("reason", "label", "count"),
                        counts.stream().map(count -> row(count.reason(), count.label(), count.count())).toList()));
    }

    /** The leads behind the lost-reason counts, one row each with the Mark Lost notes. */
    @GET
    @Path("/lost-leads")
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<PagedList<LostLead>> lostLeads(
            @RestQuery String from, @RestQuery String to, @RestQuery String page, @RestQuery String size) {
        QueryParameters.TimeRange range = QueryParameters.range(from, to);
        return reports.lostLeads(range.from(), range.to(), QueryParameters.page(page), QueryParameters.size(size, DEFAULT_SIZE));
    }

    @GET
    @Path("/lost-leads")
    @Produces(CsvExport.MEDIA_TYPE)
    public Uni<RestResponse<String>> lostLeadsCsv(@RestQuery String from, @RestQuery String to) {
        QueryParameters.TimeRange range = QueryParameters.range(from, to);
        List<String> header = List.of("leadId", "reference", "dateLost", "stageFrom", "reason", "label", "notes", "ownerName", "endorsed");
        return reports.lostLeads(range.from(), range.to(), 0, ALL_ROWS)
                .map(leads -> CsvExport.response("lost-leads.csv", header, leads.items().stream()
                        .map(lead -> row(lead.leadId(), lead.reference(), lead.dateLost(), lead.stageFrom(), lead.reason(),
                                lead.reasonLabel(), lead.notes(), lead.ownerName(), lead.endorsed()))
                        .toList()));
    }

    @GET
    @Path("/bpo-sync")
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<PagedList<BpoSyncGap>> bpoSync(@RestQuery String page, @RestQuery String size) {
        return reports.bpoSyncGaps(QueryParameters.page(page), QueryParameters.size(size, DEFAULT_SIZE));
    }

    @GET
    @Path("/bpo-sync")
    @Produces(CsvExport.MEDIA_TYPE)
    public Uni<RestResponse<String>> bpoSyncCsv() {
        List<String> header = List.of("leadId", "reference", "outcome", "outcomeDate", "bpoSourceLeadId", "bpoSourceReference",
                "callbackStatus", "callbackOutcome", "attempts", "lastError", "lastAttemptAt");
        return reports.bpoSyncGaps(0, ALL_ROWS)
                .map(gaps -> CsvExport.response("bpo-sync.csv", header, gaps.items().stream()
                        .map(gap -> row(gap.leadId(), gap.reference(), gap.outcome(), gap.outcomeDate(), gap.bpoSourceLeadId(),
                                gap.bpoSourceReference(), gap.callbackStatus(), gap.callbackOutcome(), gap.attempts(),
                                gap.lastError(), gap.lastAttemptAt()))
                        .toList()));
    }

    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }
}
