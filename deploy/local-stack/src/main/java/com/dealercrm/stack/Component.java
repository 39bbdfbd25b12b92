package com.dealercrm.stack;

/** A program of the local stack that listens on a TCP port, with the command-line option that sets the port. */
public enum Component {

    GATEWAY("gateway", 8080),
    KEYCLOAK("keycloak", 8180),
    POSTGRES("postgres", 5442),
    KAFKA("kafka", 9092),
    KAFKA_CONTROLLER("kafka-controller", 9093),
    LEAD_SERVICE("lead-service", 8081),
    QUOTATION_SERVICE("quotation-service", 8082),
    DELIVERY_SERVICE("delivery-service", 8083),
    BPO_CONNECTOR("bpo-connector", 8084),
    AUDIT_SERVICE("audit-service", 8085),
    BPO_SIMULATOR("bpo-simulator", 8069);

    private final String displayName;
    private final int defaultPort;

    Component(String displayName, int defaultPort) {
        this.displayName = displayName;
        this.defaultPort = defaultPort;
    }

    public String displayName() {
        return displayName;
    }

    public int defaultPort() {
        return defaultPort;
    }

    /** Returns the option that sets this component's port, for example {@code --gateway-port}. */
    public String portOption() {
        return "--" + displayName + "-port";
    }
}
