package com.dealercrm.system;

import static com.dealercrm.system.DealerApi.object;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.awaitility.Awaitility;

/**
 * The steps of winning an endorsed lead through the gateway, one call each, so a test can stop a
 * service between two of them. Waits poll with a generous timeout and tolerate problem responses,
 * such as the gateway's 503 while a service restarts.
 */
final class SaleFlow {

    static final String MANAGER = "manager1";
    private static final Duration POLL_INTERVAL = Duration.ofMillis(500);
    /** Keycloak's local realm issues access tokens for one hour, so a cached token is fetched again after half that. */
    private static final Duration TOKEN_REUSE = Duration.ofMinutes(30);

    private final DealerApi api;
    private final BpoSimulator bpo;
    private final URI simulator;
    private final Duration patience;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    private record Token(String value, Instant fetchedAt) {
    }

    /** A lead that BPO CRM endorsed: its BPO lead id and the dealer lead's id and reference. */
    record Endorsed(long bpoLeadId, String leadId, String reference) {
    }

    /** The sale order that Convert to Quotation created, and the status the conversion returned (201 or 200). */
    record Order(String id, String name, int status) {
    }

    /** A JSON-RPC call that the BPO CRM simulator logged. */
    record BpoCall(Instant at, String target, String response) {
    }

    SaleFlow(LocalStackProcess stack, Duration patience) {
        this.api = new DealerApi(stack.gateway(), stack.keycloak());
        this.bpo = new BpoSimulator(stack.simulator());
        this.simulator = stack.simulator();
        this.patience = patience;
    }

    DealerApi api() {
        return api;
    }

    BpoSimulator bpo() {
        return bpo;
    }

    /** Creates the demo brand and products through the gateway, without printing the steps. */
    Scenarios.Catalog seedCatalog() {
        PrintStream silent = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        return new Scenarios(api, bpo, silent, Duration.ofMinutes(2)).seedCatalog();
    }

    /** Opens a lead in the BPO CRM simulator and has BPO CRM endorse it to the dealer. */
    Endorsed endorse(String customerName, String brandId, String productId) {
        String unique = Long.toString(System.nanoTime());
        long bpoLeadId = bpo.createLead("Vehicle for " + customerName, customerName,
                "+63 917 " + unique.substring(unique.length() - 7), "customer." + unique + "@example.com");
        JsonNode lead = bpo.endorse(bpoLeadId, brandId, productId).lead();
        return new Endorsed(bpoLeadId, lead.path("id").asText(), lead.path("reference").asText());
    }

    void claim(String user, String leadId) {
        api.post(user, "/api/leads/" + leadId + "/claim", null, 200);
    }

    /**
     * Converts the lead to a quotation and returns the linked order.
     *
     * <p>NOTE: the first conversion of a lead should return 201, but lead-service returns 200 when
     * its consumer of the order's created event links the order before the request does. That
     * happens under load, so both are accepted here and the caller can count the 200s.
     */
    Order convert(String user, String leadId) {
        String path = "/api/leads/" + leadId + "/convert-to-quotation";
        DealerApi.Response response = api.exchange(token(user), "POST", path, null);
        if (response.status() != 201 && response.status() != 200) {
            throw new ApiProblemException("POST " + path, response.status(), response.json(), response.body());
        }
        JsonNode link = response.json();
        return new Order(link.path("saleOrderId").asText(), link.path("saleOrderName").asText(), response.status());
    }

    /** Returns the sale orders that name the lead, read with the given user's token. */
    JsonNode saleOrdersOf(String user, String leadId) {
        return api.get(user, "/api/sale-orders?dealerLeadId=" + leadId).path("items");
    }

    void confirm(String user, String orderId) {
        api.post(user, "/api/sale-orders/" + orderId + "/confirm", null, 200);
    }

    /** Waits until delivery-service has created the order's first picking and returns it. */
    JsonNode awaitPicking(String user, String orderId) {
        return await("a picking for sale order " + orderId,
                () -> pickings(user, orderId),
                items -> items.size() > 0)
                .get(0);
    }

    JsonNode pickings(String user, String orderId) {
        return api.get(user, "/api/pickings?saleOrderId=" + orderId).path("items");
    }

    /** Reserves the picking's stock, delivers it, and returns the validated picking. */
    JsonNode deliver(String user, String pickingId) {
        api.post(user, "/api/pickings/" + pickingId + "/check-availability", null, 200);
        return api.post(user, "/api/pickings/" + pickingId + "/validate", object(), 200);
    }

    /** Waits until the lead offers Mark Won, which lead-service does only when the gate would pass. */
    void awaitMarkWonAction(String user, String leadId) {
        await("MARK_WON in the actions of lead " + leadId,
                () -> lead(user, leadId),
                lead -> lead.path("actions").toString().contains("\"MARK_WON\""));
    }

    DealerApi.Response markWon(String user, String leadId) {
        return api.exchange(token(user), "POST", "/api/leads/" + leadId + "/mark-won", null);
    }

    JsonNode lead(String user, String leadId) {
        return api.get(user, "/api/leads/" + leadId);
    }

    /** Waits until the lead's BPO sync status is the given one and returns the lead. */
    JsonNode awaitSync(String user, String leadId, String status) {
        return await("bpoSyncStatus " + status + " on lead " + leadId,
                () -> lead(user, leadId),
                lead -> status.equals(lead.path("bpoSyncStatus").asText()));
    }

    /** Waits until the simulator's BPO lead is in the given stage and returns it. */
    JsonNode awaitBpoStage(long bpoLeadId, String stage) {
        return await("BPO lead " + bpoLeadId + " in stage " + stage,
                () -> bpo.lead(bpoLeadId),
                lead -> stage.equals(lead.path("stage").asText()));
    }

    /** Returns bpo-connector's callback jobs of a lead, read with a manager's token. */
    JsonNode callbackJobs(String leadId) {
        return api.get(MANAGER, "/api/bpo/callbacks?leadId=" + leadId).path("items");
    }

    /** Returns the lead's chatter, oldest first, read with the given user's token. */
    List<JsonNode> timeline(String user, String leadId) {
        List<JsonNode> messages = new ArrayList<>();
        api.get(user, "/api/audit/leads/" + leadId + "/messages?size=200").path("items").forEach(messages::add);
        return messages;
    }

    static List<String> bodies(List<JsonNode> messages) {
        return messages.stream().map(message -> message.path("body").asText()).toList();
    }

    /** Returns the chatter lines of a BPO lead in the simulator. */
    List<String> bpoMessages(long bpoLeadId) {
        List<String> bodies = new ArrayList<>();
        bpo.lead(bpoLeadId).path("message_ids").forEach(message -> bodies.add(message.path("body").asText()));
        return bodies;
    }

    /** Returns the JSON-RPC calls the simulator logged (the latest 500), oldest first. */
    List<BpoCall> bpoCalls() {
        HttpRequest request = HttpRequest.newBuilder(simulator.resolve("/sim/calls")).timeout(Duration.ofSeconds(30)).GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET /sim/calls returned " + response.statusCode() + ": " + response.body());
            }
            List<BpoCall> calls = new ArrayList<>();
            for (JsonNode call : DealerApi.JSON.readTree(response.body())) {
                calls.add(new BpoCall(Instant.parse(call.path("at").asText()), call.path("target").asText(), call.path("response").asText()));
            }
            return calls;
        } catch (IOException e) {
            throw new IllegalStateException("GET /sim/calls failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during GET /sim/calls", e);
        }
    }

    /** Counts the successful update_from_dealer_callback calls the simulator logged at or after {@code since}. */
    long successfulCallbacksSince(Instant since) {
        return bpoCalls().stream()
                .filter(call -> !call.at().isBefore(since))
                .filter(call -> "crm.lead.update_from_dealer_callback".equals(call.target()))
                .filter(call -> "result".equals(call.response()))
                .count();
    }

    /**
     * Returns a cached access token of the user for calls whose status the test checks itself,
     * because a password grant per call would load Keycloak more than the flow under test.
     */
    private String token(String user) {
        Token token = tokens.compute(user, (name, cached) -> cached != null && cached.fetchedAt().plus(TOKEN_REUSE).isAfter(Instant.now())
                ? cached
                : new Token(api.userToken(name), Instant.now()));
        return token.value();
    }

    /**
     * Polls {@code probe} until its value matches and returns that value. A problem response or a
     * failed connection counts as "not yet", so a restarting service does not end the wait.
     */
    <T> T await(String description, Supplier<T> probe, Predicate<T> done) {
        AtomicReference<T> last = new AtomicReference<>();
        Awaitility.await(description)
                .atMost(patience)
                .pollInterval(POLL_INTERVAL)
                .pollInSameThread()
                .ignoreExceptionsInstanceOf(ApiProblemException.class)
                .ignoreExceptionsInstanceOf(IllegalStateException.class)
                .until(() -> {
                    T value = probe.get();
                    last.set(value);
                    return done.test(value);
                });
        return last.get();
    }
}
