package com.dealercrm.bposimulator.service;

import com.dealercrm.bposimulator.config.SimulatorConfig;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/**
 * The services of Odoo's external API that the simulator offers: {@code common.version},
 * {@code common.authenticate}, {@code common.login} and {@code object.execute_kw} on
 * {@code crm.lead} for {@code update_from_dealer_callback} and {@code read}.
 */
@ApplicationScoped
public class OdooRpcService {

    static final String CRM_LEAD = "crm.lead";

    private final CrmLeadStore leads;
    private final SimulatorConfig config;

    public OdooRpcService(CrmLeadStore leads, SimulatorConfig config) {
        this.leads = leads;
        this.config = config;
    }

    /** Runs one call and returns its result; raises {@link OdooException} for an Odoo error. */
    public Object call(String service, String method, JsonNode args) {
        Log.debugf("JSON-RPC call %s.%s", service, method);
        return switch (service + "." + method) {
            case "common.version" -> version();
            case "common.authenticate", "common.login" -> authenticate(args);
            case "object.execute_kw" -> executeKw(args);
            default -> throw new OdooException(OdooException.SERVER_ERROR, "builtins.NameError",
                    "Method " + method + " of service " + service + " is not available on this server.");
        };
    }

    private static Map<String, Object> version() {
        return Map.of(
                "server_version", "17.0",
                "server_version_info", List.of(17, 0, 0, "final", 0, ""),
                "server_serie", "17.0",
                "protocol_version", 1);
    }

    /** Returns the uid for the configured database, login and API key, else {@code false}. */
    private Object authenticate(JsonNode args) {
        boolean valid = config.database().equals(args.path(0).asText())
                && config.login().equals(args.path(1).asText())
                && config.apiKey().equals(args.path(2).asText());
        if (!valid) {
            Log.infof("Authentication failed for login '%s' on database '%s'", args.path(1).asText(), args.path(0).asText());
            return Boolean.FALSE;
        }
        return config.uid();
    }

    private Object executeKw(JsonNode args) {
        boolean valid = config.database().equals(args.path(0).asText())
                && args.path(1).canConvertToInt() && args.path(1).asInt() == config.uid()
                && config.apiKey().equals(args.path(2).asText());
        if (!valid) {
            throw OdooException.accessDenied();
        }
        String model = args.path(3).asText();
        String method = args.path(4).asText();
        if (!CRM_LEAD.equals(model)) {
            throw new OdooException(OdooException.SERVER_ERROR, "builtins.KeyError", "'" + model + "'");
        }
        JsonNode methodArgs = args.path(5);
        return switch (method) {
            case "update_from_dealer_callback" -> leads.updateFromDealerCallback(methodArgs.path(0));
            case "read" -> leads.read(methodArgs.path(0), args.path(6).path("fields"));
            default -> throw new OdooException(OdooException.SERVER_ERROR, "builtins.AttributeError",
                    "The method '" + method + "' does not exist on the model 'crm.lead'");
        };
    }
}
