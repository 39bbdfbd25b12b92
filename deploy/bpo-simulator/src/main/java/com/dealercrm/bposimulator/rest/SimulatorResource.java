package com.dealercrm.bposimulator.rest;

import com.dealercrm.bposimulator.BpoLead;
import com.dealercrm.bposimulator.config.SimulatorConfig;
import com.dealercrm.bposimulator.service.CallLog;
import com.dealercrm.bposimulator.service.CrmLeadStore;
import com.dealercrm.bposimulator.service.EndorseService;
import com.dealercrm.bposimulator.service.SimulatorKnobs;
import com.dealercrm.bposimulator.service.SimulatorKnobs.DownMode;
import com.dealercrm.bposimulator.service.SimulatorKnobs.FailMode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The simulator's own controls, for local stacks and tests: failure knobs, its leads, the calls
 * it received, and the endorse command. These paths have no authentication, because the
 * simulator listens on 127.0.0.1 only.
 */
@Path("/sim")
@Produces(MediaType.APPLICATION_JSON)
public class SimulatorResource {

    static final long MAX_DELAY_MILLIS = 600_000;
    static final int MAX_FAILURES = 1000;

    private final SimulatorKnobs knobs;
    private final CrmLeadStore leads;
    private final CallLog calls;
    private final EndorseService endorse;
    private final String defaultDealerUrl;

    public SimulatorResource(SimulatorKnobs knobs, CrmLeadStore leads, CallLog calls, EndorseService endorse, SimulatorConfig config) {
        this.knobs = knobs;
        this.leads = leads;
        this.calls = calls;
        this.endorse = endorse;
        this.defaultDealerUrl = config.dealer().url();
    }

    @GET
    @Path("/state")
    public SimulatorKnobs.State state() {
        return knobs.state();
    }

    /** Makes /jsonrpc respond with 503 ({@code mode=http503}, the default) or close connections ({@code mode=close}). */
    @POST
    @Path("/down")
    public SimulatorKnobs.State down(@QueryParam("mode") @DefaultValue("http503") String mode) {
        knobs.down(parse(DownMode.class, "mode", mode));
        return knobs.state();
    }

    @POST
    @Path("/up")
    public SimulatorKnobs.State up() {
        knobs.up();
        return knobs.state();
    }

    /** Delays every /jsonrpc response by {@code ms} milliseconds, or by none for 0. */
    @POST
    @Path("/slow")
    public SimulatorKnobs.State slow(@QueryParam("ms") long millis) {
        if (millis < 0 || millis > MAX_DELAY_MILLIS) {
            throw badRequest("ms must be between 0 and " + MAX_DELAY_MILLIS + ", not " + millis + ".");
        }
        knobs.slow(millis);
        return knobs.state();
    }

    /** Fails the next {@code count} /jsonrpc calls with {@code mode} http500 (the default), timeout, close or session-expired. */
    @POST
    @Path("/fail-next")
    public SimulatorKnobs.State failNext(@QueryParam("count") @DefaultValue("1") int count,
            @QueryParam("mode") @DefaultValue("http500") String mode) {
        if (count < 1 || count > MAX_FAILURES) {
            throw badRequest("count must be between 1 and " + MAX_FAILURES + ", not " + count + ".");
        }
        knobs.failNext(count, parse(FailMode.class, "mode", mode));
        return knobs.state();
    }

    /** Turns every knob off, restores the seeded leads and clears the call log. */
    @POST
    @Path("/reset")
    public SimulatorKnobs.State reset() {
        knobs.reset();
        leads.reset();
        calls.clear();
        return knobs.state();
    }

    @GET
    @Path("/leads")
    public List<Map<String, Object>> leads() {
        return leads.all().stream().map(BpoLead::fields).toList();
    }

    /** Opens a new BPO lead in negotiation; {@code name} and {@code partnerName} are required. */
    @POST
    @Path("/leads")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createLead(NewLeadRequest request) {
        if (request == null || isBlank(request.name()) || isBlank(request.partnerName())) {
            throw badRequest("name and partnerName are required, for example {\"name\": \"Fortuner for a family\", \"partnerName\": \"Maria Santos\"}.");
        }
        int quantity = request.quantity() == null ? 1 : request.quantity();
        if (quantity < 1) {
            throw badRequest("quantity must be 1 or more, not " + quantity + ".");
        }
        BpoLead lead = leads.create(request.name(), request.partnerName(), request.mobile(), request.email(), request.vehicle(), quantity,
                request.expectedRevenue(), request.description(), isBlank(request.endorsedBy()) ? "BPO agent" : request.endorsedBy());
        return Response.status(201).entity(lead.fields()).build();
    }

    @GET
    @Path("/leads/{id}")
    public Map<String, Object> lead(@PathParam("id") long id) {
        return lead(id, leads).fields();
    }

    @GET
    @Path("/calls")
    public List<CallLog.Entry> calls() {
        return calls.entries();
    }

    /**
     * Endorses a BPO lead to the dealer's {@code /api/endorsements} and returns the dealer's
     * status and response. {@code brandId} and {@code productId} are dealer catalog ids.
     */
    @POST
    @Path("/leads/{id}/endorse")
    public EndorseService.Result endorse(@PathParam("id") long id,
            @QueryParam("dealerUrl") String dealerUrl,
            @QueryParam("brandId") String brandId,
            @QueryParam("productId") String productId) {
        BpoLead lead = lead(id, leads);
        String target = dealerUrl == null || dealerUrl.isBlank() ? defaultDealerUrl : dealerUrl;
        checkHttpUrl(target);
        try {
            return endorse.endorse(lead, target, brandId, productId);
        } catch (EndorseService.EndorseException e) {
            throw new WebApplicationException(Response.status(502).type(MediaType.APPLICATION_JSON).entity(Map.of("error", e.getMessage())).build());
        }
    }

    private static BpoLead lead(long id, CrmLeadStore leads) {
        BpoLead lead = leads.find(id);
        if (lead == null) {
            throw new WebApplicationException(Response.status(404).type(MediaType.APPLICATION_JSON)
                    .entity(Map.of("error", "BPO lead " + id + " does not exist; GET /sim/leads lists the leads.")).build());
        }
        return lead;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static void checkHttpUrl(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw badRequest("dealerUrl '" + url + "' is not a valid URL.");
        }
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
            throw badRequest("dealerUrl '" + url + "' must be an http or https URL such as http://127.0.0.1:8080.");
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name, String value) {
        try {
            return SimulatorKnobs.parse(type, value);
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(mode -> mode.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList().toString();
            throw badRequest(name + " '" + value + "' is not one of " + allowed + ".");
        }
    }

    private static WebApplicationException badRequest(String message) {
        return new WebApplicationException(Response.status(400).type(MediaType.APPLICATION_JSON).entity(Map.of("error", message)).build());
    }
}
