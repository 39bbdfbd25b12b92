package com.dealercrm.system;

import static com.dealercrm.system.DealerApi.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A service killed mid-flow and started again with the same command line, environment and port
 * loses no event and applies none twice. Each restarted service is a child of the test JVM,
 * which {@link LocalStackProcess} stops at the end.
 */
class ServiceRestartIT {

    private static final Duration PATIENCE = Duration.ofMinutes(4);
    private static final String AGENT = "agent1";

    private static LocalStackProcess stack;
    private static SaleFlow flow;
    private static Scenarios.Catalog catalog;

    @BeforeAll
    static void startStack() {
        stack = LocalStackProcess.shared();
        flow = new SaleFlow(stack, PATIENCE);
        catalog = flow.seedCatalog();
    }

    @Test
    void leadServiceKilledAfterMarkWon() {
        SaleFlow.Endorsed lead = flow.endorse("Lena Hoffmann", catalog.brandId(), catalog.suvId());
        SaleFlow.Order order = sellAndDeliver(lead);
        flow.awaitMarkWonAction(AGENT, lead.leadId());
        LocalStackProcess.Launch leadService = stack.launchOf("lead-service");
        Instant markedWon = Instant.now();

        DealerApi.Response won = flow.markWon(AGENT, lead.leadId());
        stack.kill("lead-service");
        assertThat(won.status()).as("Mark Won: %s", won.body()).isEqualTo(200);
        restart("lead-service", leadService);

        JsonNode bpoLead = flow.awaitBpoStage(lead.bpoLeadId(), "won");
        assertThat(bpoLead.path("dealer_so_ref").asText()).isEqualTo(order.name());
        flow.awaitSync(AGENT, lead.leadId(), "SYNCED");
        assertThat(flow.bpoMessages(lead.bpoLeadId()).stream().filter(body -> body.contains(" won"))).hasSize(1);
        assertThat(flow.successfulCallbacksSince(markedWon)).isEqualTo(1);
        assertSingleSucceededJob(lead);
        List<String> bodies = awaitTimelineWith(lead, "updated to won.");
        assertThat(bodies.stream().filter("Stage changed from Negotiation to Won."::equals)).hasSize(1);
        assertThat(bodies.stream().filter(body -> body.endsWith("updated to won."))).hasSize(1);
        assertNoRepeatedEvents(lead);
    }

    @Test
    void deliveryServiceDownAtConfirmation() {
        SaleFlow.Endorsed lead = flow.endorse("Jonas Richter", catalog.brandId(), catalog.suvId());
        flow.claim(AGENT, lead.leadId());
        SaleFlow.Order order = flow.convert(AGENT, lead.leadId());
        LocalStackProcess.Launch deliveryService = stack.launchOf("delivery-service");

        stack.kill("delivery-service");
        try {
            flow.confirm(AGENT, order.id());
        } finally {
            restart("delivery-service", deliveryService);
        }

        JsonNode picking = flow.awaitPicking(AGENT, order.id());
        flow.deliver(AGENT, picking.path("id").asText());
        flow.awaitMarkWonAction(AGENT, lead.leadId());
        DealerApi.Response won = flow.markWon(AGENT, lead.leadId());
        assertThat(won.status()).as("Mark Won: %s", won.body()).isEqualTo(200);
        assertThat(flow.pickings(AGENT, order.id())).hasSize(1);
        flow.awaitSync(AGENT, lead.leadId(), "SYNCED");
        List<String> bodies = awaitTimelineWith(lead, "Stage changed from Negotiation to Won.");
        assertThat(bodies.stream().filter(body -> body.startsWith("Delivery order ") && body.contains(" created for " + order.name())))
                .hasSize(1);
        assertNoRepeatedEvents(lead);
    }

    @Test
    void bpoConnectorKilledDuringBackoff() {
        SaleFlow.Endorsed lead = flow.endorse("Sofia Wagner", catalog.brandId(), catalog.pickupId());
        flow.claim(AGENT, lead.leadId());
        LocalStackProcess.Launch connector = stack.launchOf("bpo-connector");
        Instant lost;

        flow.bpo().down();
        try {
            lost = Instant.now();
            flow.api().post(AGENT, "/api/leads/" + lead.leadId() + "/mark-lost",
                    object("reason", "FINANCING_ISSUES", "notes", "The bank declined the loan."), 200);
            flow.await("a failed BPO callback attempt for " + lead.reference(),
                    () -> flow.callbackJobs(lead.leadId()),
                    jobs -> jobs.size() > 0 && jobs.get(0).path("attempts").asInt() >= 1);
            stack.kill("bpo-connector");
        } finally {
            flow.bpo().up();
        }
        restart("bpo-connector", connector);

        JsonNode job = flow.await("the BPO callback job of " + lead.reference() + " to succeed",
                () -> flow.callbackJobs(lead.leadId()),
                jobs -> jobs.size() > 0 && "SUCCEEDED".equals(jobs.get(0).path("status").asText()))
                .get(0);
        assertThat(job.path("attempts").asInt()).isGreaterThanOrEqualTo(2);
        JsonNode bpoLead = flow.awaitBpoStage(lead.bpoLeadId(), "lost");
        assertThat(bpoLead.path("lost_reason").asText()).isEqualTo("financing_issues");
        assertThat(flow.bpoMessages(lead.bpoLeadId()).stream().filter(body -> body.contains(" lost ("))).hasSize(1);
        assertThat(flow.successfulCallbacksSince(lost)).isEqualTo(1);
        assertSingleSucceededJob(lead);
        flow.awaitSync(AGENT, lead.leadId(), "SYNCED");
        List<String> bodies = awaitTimelineWith(lead, "updated to lost.");
        assertThat(bodies.stream().filter(body -> body.endsWith("updated to lost."))).hasSize(1);
        assertNoRepeatedEvents(lead);
    }

    /** Claims the lead, converts it, confirms the order and delivers its picking. */
    private static SaleFlow.Order sellAndDeliver(SaleFlow.Endorsed lead) {
        flow.claim(AGENT, lead.leadId());
        SaleFlow.Order order = flow.convert(AGENT, lead.leadId());
        flow.confirm(AGENT, order.id());
        JsonNode picking = flow.awaitPicking(AGENT, order.id());
        flow.deliver(AGENT, picking.path("id").asText());
        return order;
    }

    private static void restart(String component, LocalStackProcess.Launch launch) {
        stack.restart(component, launch);
        stack.awaitServiceReady(component, launch, Duration.ofMinutes(3));
    }

    private static void assertSingleSucceededJob(SaleFlow.Endorsed lead) {
        JsonNode jobs = flow.callbackJobs(lead.leadId());
        assertThat(jobs).as("BPO callback jobs of %s", lead.reference()).hasSize(1);
        assertThat(jobs.get(0).path("status").asText()).isEqualTo("SUCCEEDED");
    }

    /** Waits until the lead's chatter has a message ending with {@code lastBody} and returns every body. */
    private static List<String> awaitTimelineWith(SaleFlow.Endorsed lead, String lastBody) {
        List<JsonNode> messages = flow.await("\"" + lastBody + "\" in the chatter of " + lead.reference(),
                () -> flow.timeline(AGENT, lead.leadId()),
                timeline -> SaleFlow.bodies(timeline).stream().anyMatch(body -> body.endsWith(lastBody)));
        return SaleFlow.bodies(messages);
    }

    /** Asserts that every chatter message comes from a distinct event, so no redelivered event was recorded twice. */
    private static void assertNoRepeatedEvents(SaleFlow.Endorsed lead) {
        List<String> eventIds = flow.timeline(AGENT, lead.leadId()).stream().map(message -> message.path("eventId").asText()).toList();
        assertThat(eventIds).as("event ids in the chatter of %s", lead.reference()).doesNotHaveDuplicates();
    }
}
