package com.dealercrm.bposimulator.service;

import com.dealercrm.bposimulator.BpoLead;
import com.dealercrm.bposimulator.config.SimulatorConfig;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * Endorses a BPO lead to the dealer as BPO CRM does: signs in to Keycloak with the
 * {@code bpo-crm} client credentials, then posts the lead to the dealer's
 * {@code /api/endorsements}. Blocking, so it runs on a worker thread.
 */
@ApplicationScoped
public class EndorseService {

    /** The dealer's response: its HTTP status and JSON body. */
    public record Result(int dealerStatus, JsonNode dealerResponse) {
    }

    /** The endorsement could not be sent. The message gives the reason and what to check. */
    public static class EndorseException extends RuntimeException {

        public EndorseException(String message) {
            super(message);
        }
    }

    private final SimulatorConfig.Dealer dealer;
    private final String publicUrl;
    private final ObjectMapper mapper;
    private final HttpClient http;

    public EndorseService(SimulatorConfig config, ObjectMapper mapper) {
        this.dealer = config.dealer();
        this.publicUrl = config.publicUrl();
        this.mapper = mapper;
        this.http = HttpClient.newBuilder().connectTimeout(dealer.timeout()).build();
    }

    /** Sends the lead to the dealer and, when the dealer created or found it, notes it in the lead's chatter. */
    public Result endorse(BpoLead lead, String dealerUrl, String brandId, String productId) {
        String token = accessToken();
        ObjectNode body = endorsement(lead, brandId, productId);
        URI endpoint = URI.create(stripSlash(dealerUrl) + "/api/endorsements");
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(dealer.timeout())
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();
        HttpResponse<String> response = send(request, "the dealer API at " + endpoint);
        JsonNode answer = readJson(response.body());
        if (response.statusCode() == 200 || response.statusCode() == 201) {
            String reference = answer.path("reference").asText("?");
            lead.addMessage("Endorsed to dealer lead " + reference + ".");
        }
        Log.infof("Endorsed BPO lead %s to %s: HTTP %d", lead.reference, endpoint, response.statusCode());
        return new Result(response.statusCode(), answer);
    }

    ObjectNode endorsement(BpoLead lead, String brandId, String productId) {
        ObjectNode body = mapper.createObjectNode()
                .put("bpoLeadId", lead.id)
                .put("bpoReference", lead.reference)
                .put("bpoUrl", stripSlash(publicUrl) + "/odoo/crm/" + lead.id)
                .put("endorsedBy", lead.endorsedBy);
        body.putObject("customer")
                .put("name", lead.partnerName)
                .put("mobile", lead.mobile)
                .put("email", lead.email);
        if (brandId != null && !brandId.isBlank()) {
            body.put("brandId", brandId);
        }
        if (productId != null && !productId.isBlank()) {
            body.put("productId", productId);
        }
        body.put("vehicleModelText", lead.vehicle)
                .put("quantity", lead.quantity)
                .put("expectedPrice", lead.expectedRevenue)
                .put("notes", lead.description);
        return body;
    }

    private String accessToken() {
        String secret = dealer.clientSecret()
                .orElseThrow(() -> new EndorseException("bpo.dealer.client-secret is not set. Set BPO_DEALER_CLIENT_SECRET to the secret of the "
                        + dealer.clientId() + " client."));
        String form = "grant_type=client_credentials&client_id=" + encode(dealer.clientId()) + "&client_secret=" + encode(secret);
        HttpRequest request = HttpRequest.newBuilder(URI.create(dealer.tokenUrl()))
                .timeout(dealer.timeout())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        HttpResponse<String> response = send(request, "Keycloak at " + dealer.tokenUrl());
        String token = readJson(response.body()).path("access_token").asText(null);
        if (response.statusCode() != 200 || token == null) {
            throw new EndorseException("Keycloak at " + dealer.tokenUrl() + " rejected the " + dealer.clientId()
                    + " client credentials with HTTP " + response.statusCode() + ". Check bpo.dealer.client-secret.");
        }
        return token;
    }

    private HttpResponse<String> send(HttpRequest request, String target) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            String reason = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
            throw new EndorseException("Calling " + target + " failed: " + reason);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EndorseException("Interrupted while calling " + target);
        }
    }

    private JsonNode readJson(String body) {
        try {
            return body == null || body.isBlank() ? mapper.createObjectNode() : mapper.readTree(body);
        } catch (IOException e) {
            return mapper.getNodeFactory().textNode(body);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
