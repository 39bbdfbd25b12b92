package com.dealercrm.system;

import static com.dealercrm.system.DealerApi.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every refusal of the Mark Won gate, decided by the real owners of the order and the pickings. */
class MarkWonGateIT {

    private static DealerApi api;
    private static Scenarios scenarios;
    private static Scenarios.Catalog catalog;

    @BeforeAll
    static void startStack() {
        LocalStackProcess stack = LocalStackProcess.shared();
        api = new DealerApi(stack.gateway(), stack.keycloak());
        scenarios = new Scenarios(api, new BpoSimulator(stack.simulator()),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), Duration.ofMinutes(2));
        catalog = scenarios.seedCatalog();
    }

    @Test
    void gateRefusesUntilTheSaleIsReal() {
        String leadId = negotiationLead();

        DealerApi.Response noOrder = markWon(leadId);
        assertThat(noOrder.status()).isEqualTo(409);
        assertThat(noOrder.json().path("detail").asText()).contains("Create a quotation first with the Convert to Quotation button.");

        JsonNode link = api.post("agent1", "/api/leads/" + leadId + "/convert-to-quotation", null, 201);
        String orderId = link.path("saleOrderId").asText();
        DealerApi.Response draft = markWon(leadId);
        assertThat(draft.status()).isEqualTo(409);
        assertThat(draft.json().path("detail").asText()).contains("must be confirmed");

        api.post("agent1", "/api/sale-orders/" + orderId + "/confirm", null, 200);
        JsonNode picking = scenarios.eventually("the picking", () -> {
            JsonNode items = api.get("agent1", "/api/pickings?saleOrderId=" + orderId).path("items");
            return items.size() > 0 ? Optional.of(items.get(0)) : Optional.empty();
        });
        DealerApi.Response pending = markWon(leadId);
        assertThat(pending.status()).isEqualTo(409);
        assertThat(pending.json().path("detail").asText()).contains("1 delivery order(s) still pending").contains(picking.path("name").asText());
        assertThat(pending.json().path("pendingPickings").get(0).path("name").asText()).isEqualTo(picking.path("name").asText());

        JsonNode lead = api.get("agent1", "/api/leads/" + leadId);
        assertThat(lead.path("stage").asText()).isEqualTo("NEGOTIATION");
        assertThat(lead.path("actions").toString()).doesNotContain("MARK_WON");
    }

    @Test
    void convertWithoutVehicleIsRefused() {
        JsonNode lead = api.post("agent1", "/api/leads", object(
                "customer", object("name", "Nina Braun", "email", "nina.braun." + System.nanoTime() + "@example.com"),
                "brandId", catalog.brandId(),
                "vehicleModelText", "the red one from the website"), 201);

        DealerApi.Response refused = api.exchange(api.userToken("agent1"), "POST", "/api/leads/" + lead.path("id").asText() + "/convert-to-quotation", null);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().path("detail").asText()).contains("Select a vehicle first");
        assertThat(api.get("agent1", "/api/sale-orders?dealerLeadId=" + lead.path("id").asText()).path("total").asInt()).isZero();
    }

    private String negotiationLead() {
        JsonNode lead = api.post("agent1", "/api/leads", object(
                "customer", object("name", "Tobias Keller", "email", "tobias.keller." + System.nanoTime() + "@example.com"),
                "brandId", catalog.brandId(),
                "productId", catalog.suvId()), 201);
        String leadId = lead.path("id").asText();
        api.post("agent1", "/api/leads/" + leadId + "/stage", object("stage", "QUALIFIED"), 200);
        api.post("agent1", "/api/leads/" + leadId + "/stage", object("stage", "NEGOTIATION"), 200);
        return leadId;
    }

    private static DealerApi.Response markWon(String leadId) {
        return api.exchange(api.userToken("agent1"), "POST", "/api/leads/" + leadId + "/mark-won", null);
    }
}
