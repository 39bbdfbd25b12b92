package com.dealercrm.stack;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The gateway's routing table: which service owns each {@code /api} path. */
public final class GatewayRoutes {

    private static final Map<Component, List<String>> PREFIXES = Map.of(
            Component.LEAD_SERVICE, List.of("/api/leads", "/api/endorsements", "/api/calls"),
            Component.QUOTATION_SERVICE, List.of("/api/brands", "/api/products", "/api/sale-orders"),
            Component.DELIVERY_SERVICE, List.of("/api/pickings", "/api/stock"),
            Component.BPO_CONNECTOR, List.of("/api/bpo"),
            Component.AUDIT_SERVICE, List.of("/api/audit"));

    private GatewayRoutes() {
    }

    /** Returns the routes to the five services on the given ports. */
    public static List<GatewayRoute> forPorts(Map<Component, Integer> ports) {
        List<GatewayRoute> routes = new ArrayList<>();
        for (Component service : Services.GATEWAY_BACKENDS) {
            for (String prefix : PREFIXES.get(service)) {
                routes.add(new GatewayRoute(prefix, service.displayName(), ports.get(service)));
            }
        }
        return routes;
    }
}
