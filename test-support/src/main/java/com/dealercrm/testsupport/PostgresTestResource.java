package com.dealercrm.testsupport;

import com.dealercrm.infra.PostgresServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Starts one embedded PostgreSQL 17 per test JVM, with a database {@code dealer} owned by the role
 * {@code dealer}, and points the service's reactive and JDBC datasources at it.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String DATABASE = "dealer";
    public static final String USER = "dealer";
    public static final String PASSWORD = "dealer";

    private static PostgresServer server;

    public static synchronized PostgresServer server() {
        if (server == null) {
            server = PostgresServer.start(0, null);
            server.createDatabase(DATABASE, USER, PASSWORD);
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "embedded-postgres-stop"));
        }
        return server;
    }

    @Override
    public Map<String, String> start() {
        PostgresServer postgres = server();
        return Map.of(
                "quarkus.datasource.reactive.url", postgres.reactiveUrl(DATABASE),
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl(DATABASE),
                "quarkus.datasource.username", USER,
                "quarkus.datasource.password", PASSWORD);
    }

    @Override
    public void stop() {
        // The server lives as long as the test JVM, so later test classes reuse it.
    }
}
