package com.dealercrm.bposimulator;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds the JSON-RPC calls a client of Odoo's external API sends. */
final class JsonRpc {

    static final String DATABASE = "bpo";
    static final String LOGIN = "dealer-sync";
    static final String API_KEY = "local-bpo-key";
    static final int UID = 2;

    private static int nextId = 1;

    private JsonRpc() {
    }

    static ValidatableResponse call(String service, String method, List<Object> args) {
        Map<String, Object> request = Map.of(
                "jsonrpc", "2.0",
                "method", "call",
                "id", nextId++,
                "params", Map.of("service", service, "method", method, "args", args));
        return given().contentType(ContentType.JSON).body(request).post("/jsonrpc").then();
    }

    static ValidatableResponse executeKw(String method, List<Object> methodArgs, Map<String, Object> kwargs) {
        return call("object", "execute_kw", List.of(DATABASE, UID, API_KEY, "crm.lead", method, methodArgs, kwargs));
    }

    static ValidatableResponse callback(Map<String, Object> payload) {
        return executeKw("update_from_dealer_callback", List.of(payload), Map.of());
    }

    static Map<String, Object> won(long bpoLeadId, String dealerLeadId) {
        Map<String, Object> payload = new HashMap<>();
        payload.put("bpo_lead_id", bpoLeadId);
        payload.put("outcome", "won");
        payload.put("dealer_lead_ref", "DLEAD/00042");
        payload.put("dealer_lead_id", dealerLeadId);
        payload.put("dealer_so_ref", "SO00003");
        payload.put("date", "2026-06-30T10:15:30Z");
        payload.put("lost_reason", null);
        payload.put("notes", null);
        return payload;
    }

    static Map<String, Object> lost(long bpoLeadId, String dealerLeadId, String reason) {
        Map<String, Object> payload = won(bpoLeadId, dealerLeadId);
        payload.put("outcome", "lost");
        payload.put("dealer_so_ref", null);
        payload.put("lost_reason", reason);
        payload.put("notes", "Bought elsewhere");
        return payload;
    }
}
