package com.dealercrm.stack;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The Quarkus applications of the stack and the environment each one starts with. */
public final class Services {

    /** The services behind the gateway, each with its own database named after it. */
    public static final List<Component> GATEWAY_BACKENDS = List.of(
            Component.LEAD_SERVICE,
            Component.QUOTATION_SERVICE,
            Component.DELIVERY_SERVICE,
            Component.BPO_CONNECTOR,
            Component.AUDIT_SERVICE);

    /** The PostgreSQL database (and role, whose password is the same word) of each service. */
    public static final Map<Component, String> DATABASES = Map.of(
            Component.LEAD_SERVICE, "lead",
            Component.QUOTATION_SERVICE, "quotation",
            Component.DELIVERY_SERVICE, "delivery",
            Component.BPO_CONNECTOR, "bpo",
            Component.AUDIT_SERVICE, "audit");

    /** BPO CRM database, login and API key that bpo-connector sends and the simulator accepts; local use only. */
    static final String BPO_DATABASE = "bpo";
    static final String BPO_LOGIN = "dealer-sync";
    static final String BPO_API_KEY = "local-bpo-key";

    private Services() {
    }

    /**
     * Returns the applications in start order: the BPO CRM simulator first because bpo-connector
     * calls it, then the services that lead-service calls, then the rest.
     */
    public static List<ServiceDefinition> inStartOrder(StackOptions options) {
        return List.of(
                simulator(options),
                service(Component.QUOTATION_SERVICE, options),
                service(Component.DELIVERY_SERVICE, options),
                service(Component.LEAD_SERVICE, options),
                service(Component.BPO_CONNECTOR, options),
                service(Component.AUDIT_SERVICE, options));
    }

    private static ServiceDefinition simulator(StackOptions options) {
        Map<String, String> environment = httpEnvironment(options.port(Component.BPO_SIMULATOR));
        environment.putAll(bpoCredentials());
        environment.put("BPO_PUBLIC_URL", "http://127.0.0.1:" + options.port(Component.BPO_SIMULATOR));
        environment.put("DEALER_URL", "http://127.0.0.1:" + options.port(Component.GATEWAY));
        environment.put("DEALER_TOKEN_URL", KeycloakServer.tokenUrl(options.port(Component.KEYCLOAK)));
        return new ServiceDefinition(Component.BPO_SIMULATOR, "deploy/bpo-simulator", null, environment, false);
    }

    private static ServiceDefinition service(Component component, StackOptions options) {
        String database = DATABASES.get(component);
        String databaseAddress = "127.0.0.1:" + options.port(Component.POSTGRES) + "/" + database;

        Map<String, String> environment = httpEnvironment(options.port(component));
        environment.put("DB_USER", database);
        environment.put("DB_PASSWORD", database);
        environment.put("DB_REACTIVE_URL", "postgresql://" + databaseAddress);
        environment.put("DB_JDBC_URL", "jdbc:postgresql://" + databaseAddress);
        environment.put("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:" + options.port(Component.KAFKA));
        environment.put("OIDC_AUTH_SERVER_URL", KeycloakServer.realmUrl(options.port(Component.KEYCLOAK)));
        environment.put("QUOTATION_SERVICE_URL", "http://127.0.0.1:" + options.port(Component.QUOTATION_SERVICE));
        environment.put("DELIVERY_SERVICE_URL", "http://127.0.0.1:" + options.port(Component.DELIVERY_SERVICE));
        if (component == Component.BPO_CONNECTOR) {
            environment.put("BPO_URL", "http://127.0.0.1:" + options.port(Component.BPO_SIMULATOR));
            environment.putAll(bpoCredentials());
            // A local BPO CRM outage should heal within seconds, not the production half minute.
            environment.put("DEALER_BPO_BACKOFF_INITIAL", "5s");
        }
        return new ServiceDefinition(component, component.displayName(), database, environment, true);
    }

    /** Binds the HTTP server to the loopback address only: the local stack is for this machine. */
    private static Map<String, String> httpEnvironment(int port) {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("HTTP_PORT", Integer.toString(port));
        environment.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        return environment;
    }

    private static Map<String, String> bpoCredentials() {
        return Map.of("BPO_DATABASE", BPO_DATABASE, "BPO_LOGIN", BPO_LOGIN, "BPO_API_KEY", BPO_API_KEY);
    }
}
