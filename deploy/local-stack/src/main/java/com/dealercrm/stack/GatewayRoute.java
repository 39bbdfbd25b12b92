package com.dealercrm.stack;

/**
 * One path prefix of the gateway and the service that owns it. The prefix matches itself and every
 * path below it: {@code /api/leads} matches {@code /api/leads} and {@code /api/leads/42/calls} but
 * not {@code /api/leadsx}.
 */
public record GatewayRoute(String pathPrefix, String serviceName, int servicePort) {

    public boolean matches(String path) {
        return path.equals(pathPrefix) || path.startsWith(pathPrefix + "/");
    }
}
