package com.dealercrm.system;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The BPO CRM simulator's own control and inspection paths, as a BPO operator would use them. */
public final class BpoSimulator {

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public BpoSimulator(URI base) {
        this.base = base;
    }

    /**
     * Endorses a BPO lead to the dealer and returns the dealer's status and response. Raises unless
     * the dealer accepted it with 201 for a new lead or 200 for a BPO lead it already has.
     */
    public Endorsement endorse(long bpoLeadId, String brandId, String productId) {
        JsonNode result = post("/sim/leads/" + bpoLeadId + "/endorse?brandId=" + brandId + "&productId=" + productId);
        int status = result.path("dealerStatus").asInt();
        if (status != 201 && status != 200) {
            throw new ApiProblemException("endorsement of BPO lead " + bpoLeadId, status, result.path("dealerResponse"), result.toString());
        }
        return new Endorsement(status == 201, result.path("dealerResponse"));
    }

    /** The dealer's response to an endorsement: whether it created a new lead, and that lead. */
    public record Endorsement(boolean created, JsonNode lead) {
    }

    /** Creates a new open BPO lead and returns its id. */
    public long createLead(String name, String partnerName, String mobile, String email) {
        JsonNode lead = post("/sim/leads", DealerApi.object("name", name, "partnerName", partnerName, "mobile", mobile, "email", email));
        return lead.path("id").asLong();
    }

    public JsonNode lead(long bpoLeadId) {
        return get("/sim/leads/" + bpoLeadId);
    }

    public void down() {
        post("/sim/down");
    }

    public void up() {
        post("/sim/up");
    }

    private JsonNode get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    private JsonNode post(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).POST(HttpRequest.BodyPublishers.noBody()));
    }

    private JsonNode post(String path, Object body) {
        try {
            return send(HttpRequest.newBuilder(base.resolve(path))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(DealerApi.JSON.writeValueAsString(body))));
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private JsonNode send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = response.body().isBlank() ? DealerApi.JSON.nullNode() : DealerApi.JSON.readTree(response.body());
            if (response.statusCode() >= 300) {
                throw new ApiProblemException("BPO CRM simulator " + request.build().uri().getPath(), response.statusCode(), body, response.body());
            }
            return body;
        } catch (IOException e) {
            throw new IllegalStateException("The BPO CRM simulator at " + base + " did not respond: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
