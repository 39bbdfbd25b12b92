package com.dealercrm.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dealer's main job through the gateway, with every service running as its own process. */
class FullFlowIT {

    private static LocalStackProcess stack;
    private static Scenarios scenarios;
    private static Scenarios.Catalog catalog;

    @BeforeAll
    static void startStack() {
        stack = LocalStackProcess.shared();
        scenarios = new Scenarios(new DealerApi(stack.gateway(), stack.keycloak()), new BpoSimulator(stack.simulator()),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), Duration.ofMinutes(2));
        catalog = scenarios.seedCatalog();
    }

    @Test
    void endorsedLeadIsWonAndSyncedToBpo() {
        JsonNode lead = scenarios.winEndorsedLead(catalog);

        assertThat(lead.path("stage").asText()).isEqualTo("WON");
        assertThat(lead.path("dateWon").asText()).isNotBlank();
        assertThat(lead.path("bpoSyncStatus").asText()).isEqualTo("SYNCED");
        List<String> bodies = bodies(lead);
        String orderName = lead.path("saleOrderName").asText();
        assertThat(bodies).containsSubsequence(
                "Quotation " + orderName + " created from this lead.",
                "Stage changed from Negotiation to Won.",
                "BPO CRM source lead " + lead.path("bpoSourceReference").asText() + " updated to won.");
        assertThat(bodies.get(0)).contains("endorsed");
    }

    @Test
    void manualLeadIsLostWithReason() {
        JsonNode lead = scenarios.loseManualLead(catalog);

        assertThat(lead.path("stage").asText()).isEqualTo("LOST");
        assertThat(lead.path("lostReason").asText()).isEqualTo("PRICE_TOO_HIGH");
        assertThat(bodies(lead)).containsSubsequence(
                "Stage changed from New to Qualified.",
                "Stage changed from Qualified to Negotiation.");
    }

    @Test
    void lostEndorsedLeadSyncsAfterBpoOutage() {
        JsonNode lead = scenarios.loseEndorsedLeadWhileBpoIsDown(catalog);

        assertThat(lead.path("stage").asText()).isEqualTo("LOST");
        assertThat(lead.path("bpoSyncStatus").asText()).isEqualTo("SYNCED");
        assertThat(String.join("\n", bodies(lead))).contains("updated to lost");
    }

    private static List<String> bodies(JsonNode lead) {
        return scenarios.timeline(lead.path("id").asText()).stream().map(message -> message.path("body").asText()).toList();
    }
}
