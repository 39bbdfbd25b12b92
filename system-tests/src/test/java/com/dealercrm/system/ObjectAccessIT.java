package com.dealercrm.system;

import static com.dealercrm.system.DealerApi.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Object-level access through the gateway with real Keycloak tokens. */
class ObjectAccessIT {

    private static DealerApi api;
    private static String agent1Lead;

    @BeforeAll
    static void startStack() {
        LocalStackProcess stack = LocalStackProcess.shared();
        api = new DealerApi(stack.gateway(), stack.keycloak());
        agent1Lead = api.post("agent1", "/api/leads", object(
                "customer", object("name", "Private Customer", "email", "private." + System.nanoTime() + "@example.com")), 201)
                .path("id").asText();
    }

    @Test
    void otherAgentCannotSeeOrChangeTheLead() {
        String agent2 = api.userToken("agent2");

        assertThat(api.exchange(agent2, "GET", "/api/leads/" + agent1Lead, null).status()).isEqualTo(404);
        assertThat(api.exchange(agent2, "PATCH", "/api/leads/" + agent1Lead, object("notes", "mine now")).status()).isEqualTo(404);
        assertThat(api.exchange(agent2, "POST", "/api/leads/" + agent1Lead + "/mark-lost", object("reason", "OTHER")).status()).isEqualTo(404);
        assertThat(api.exchange(agent2, "GET", "/api/audit/leads/" + agent1Lead + "/messages", null).status()).isEqualTo(404);
        JsonNode visible = api.exchange(agent2, "GET", "/api/leads?size=200", null).json();
        assertThat(visible.path("items").toString()).doesNotContain(agent1Lead);
    }

    @Test
    void dealerUsersCannotReassignOrDelete() {
        String agent1 = api.userToken("agent1");

        assertThat(api.exchange(agent1, "POST", "/api/leads/" + agent1Lead + "/assign", object("userId", "someone")).status()).isEqualTo(403);
        assertThat(api.exchange(agent1, "DELETE", "/api/leads/" + agent1Lead, null).status()).isEqualTo(403);
    }

    @Test
    void bpoClientCanOnlyEndorse() {
        String bpo = api.clientToken("bpo-crm", "bpo-crm-local-secret");

        assertThat(api.exchange(bpo, "GET", "/api/leads", null).status()).isEqualTo(403);
        assertThat(api.exchange(bpo, "GET", "/api/leads/" + agent1Lead, null).status()).isEqualTo(403);
        assertThat(api.exchange(bpo, "GET", "/api/sale-orders", null).status()).isEqualTo(403);
        assertThat(api.exchange(bpo, "GET", "/api/pickings", null).status()).isEqualTo(403);
        assertThat(api.exchange(bpo, "GET", "/api/audit/messages", null).status()).isEqualTo(403);
    }

    @Test
    void missingTokenIs401() {
        assertThat(api.exchange(null, "GET", "/api/leads", null).status()).isEqualTo(401);
        assertThat(api.exchange(null, "GET", "/api/sale-orders", null).status()).isEqualTo(401);
    }
}
