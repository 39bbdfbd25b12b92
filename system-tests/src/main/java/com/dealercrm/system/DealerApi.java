package com.dealercrm.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * A client of Dealer CRM's public API, as a frontend uses it: every call goes through the
 * gateway with a Keycloak token of the signed-in user.
 */
public final class DealerApi {

    public static final ObjectMapper JSON = new ObjectMapper();

    private final URI gateway;
    private final URI tokenEndpoint;
    private final HttpClient http;
    private final Map<String, CachedToken> tokens = new ConcurrentHashMap<>();

    private record CachedToken(String value, long expiresAtMillis) {
    }

    public DealerApi(URI gateway, URI keycloak) {
        this.gateway = gateway;
        this.tokenEndpoint = keycloak.resolve("/realms/dealer/protocol/openid-connect/token");
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Signs in a local realm user (password equals the user name) through the dealer-console client. */
    public String userToken(String username) {
        return token(username, Map.of(
                "grant_type", "password",
                "client_id", "dealer-console",
                "username", username,
                "password", username));
    }

    /** Gets a token for BPO CRM's confidential client with the client credentials grant. */
    public String clientToken(String clientId, String secret) {
        return token(clientId, Map.of(
                "grant_type", "client_credentials",
                "client_id", clientId,
                "client_secret", secret));
    }

    public JsonNode get(String user, String path) {
        return send(user, "GET", path, null, 200);
    }

    public JsonNode post(String user, String path, Object body, int expectedStatus) {
        return send(user, "POST", path, body, expectedStatus);
    }

    public JsonNode patch(String user, String path, Object body) {
        return send(user, "PATCH", path, body, 200);
    }

    /** Sends a request as the user and returns the JSON body; any other status raises with the problem detail. */
    public JsonNode send(String user, String method, String path, Object body, int expectedStatus) {
        Response response = exchange(bearer(user), method, path, body);
        if (response.status() != expectedStatus) {
            throw new ApiProblemException(method + " " + path, response.status(), response.json(), response.body());
        }
        return response.json();
    }

    /** Sends a request with the given bearer token (or none) and returns whatever came back. */
    public Response exchange(String bearerToken, String method, String path, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(gateway.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (bearerToken != null) {
            request.header("Authorization", "Bearer " + bearerToken);
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(write(body)));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during " + method + " " + path, e);
        }
    }

    /** The status and body of a response. */
    public record Response(int status, String body) {
        public JsonNode json() {
            if (body == null || body.isBlank()) {
                return JSON.nullNode();
            }
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                return JSON.getNodeFactory().textNode(body);
            }
        }
    }

    public static ObjectNode object(Object... keysAndValues) {
        ObjectNode node = JSON.createObjectNode();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            node.set((String) keysAndValues[i], JSON.valueToTree(keysAndValues[i + 1]));
        }
        return node;
    }

    private String bearer(String user) {
        if (user == null) {
            return null;
        }
        CachedToken cached = tokens.get(user);
        if (cached != null && cached.expiresAtMillis() > System.currentTimeMillis() + 30_000) {
            return cached.value();
        }
        return userToken(user);
    }

    private String token(String cacheKey, Map<String, String> form) {
        String encoded = form.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(tokenEndpoint)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encoded))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak rejected the token request for " + cacheKey + " with HTTP " + response.statusCode() + "; check the user name and password");
            }
            JsonNode json = JSON.readTree(response.body());
            String token = json.get("access_token").asText();
            long expiresAt = System.currentTimeMillis() + json.path("expires_in").asLong(60) * 1000;
            tokens.put(cacheKey, new CachedToken(token, expiresAt));
            return token;
        } catch (IOException e) {
            throw new IllegalStateException("Getting a token for " + cacheKey + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while getting a token", e);
        }
    }

    private static String write(Object body) {
        try {
            return body instanceof String text ? text : JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
