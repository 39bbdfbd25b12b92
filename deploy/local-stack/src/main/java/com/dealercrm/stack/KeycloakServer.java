package com.dealercrm.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Keycloak in development mode ({@code kc.sh start-dev}) from the unpacked
 * {@code org.keycloak:keycloak-quarkus-dist}, with the {@code dealer} realm imported on first start
 * and its H2 database under the stack's data folder.
 */
final class KeycloakServer {

    static final String REALM = "dealer";
    static final Duration READY_TIMEOUT = Duration.ofSeconds(180);

    /** Master-realm administrator that Keycloak creates on first start; local use only. */
    static final String ADMIN_USER = "admin";
    static final String ADMIN_PASSWORD = "admin";

    private final Path home;
    private final Path realmFile;
    private final Path dataDirectory;
    private final Path logFile;
    private final int port;

    KeycloakServer(Path home, Path realmFile, Path dataDirectory, Path logFile, int port) {
        this.home = home;
        this.realmFile = realmFile;
        this.dataDirectory = dataDirectory;
        this.logFile = logFile;
        this.port = port;
    }

    static String baseUrl(int port) {
        return "http://localhost:" + port;
    }

    /** Returns the issuer of the realm's tokens, which is also the services' OIDC server URL. */
    static String realmUrl(int port) {
        return baseUrl(port) + "/realms/" + REALM;
    }

    static String tokenUrl(int port) {
        return realmUrl(port) + "/protocol/openid-connect/token";
    }

    /** Starts Keycloak without waiting; call {@link #awaitReady} before the services start. */
    ChildProcess start() {
        copyRealmToImportFolder();
        List<String> command = List.of(
                "/bin/sh",
                home.resolve("bin/kc.sh").toString(),
                "start-dev",
                "--http-host=127.0.0.1",
                "--http-port=" + port,
                "--hostname=" + baseUrl(port),
                "--import-realm",
                "--db=dev-file",
                "--db-url=jdbc:h2:file:" + dataDirectory.resolve("h2/keycloakdb") + ";NON_KEYWORDS=VALUE");
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER);
        builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        return ChildProcess.start("keycloak", builder, logFile);
    }

    /** Waits until the realm's OpenID configuration is served, which happens after the realm import. */
    void awaitReady(ChildProcess process, BooleanSupplier cancelled) {
        URI discovery = URI.create("http://127.0.0.1:" + port + "/realms/" + REALM + "/.well-known/openid-configuration");
        HttpReadiness.await(process, discovery, false, READY_TIMEOUT, cancelled);
    }

    /**
     * Puts the realm file where {@code --import-realm} reads it. Keycloak skips the import when the
     * realm already exists, so a changed realm file takes effect after {@code --wipe}.
     */
    private void copyRealmToImportFolder() {
        try {
            Path importFolder = Files.createDirectories(home.resolve("data/import"));
            Files.copy(realmFile, importFolder.resolve("dealer-realm.json"), StandardCopyOption.REPLACE_EXISTING);
            Files.createDirectories(dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("Copying the realm file " + realmFile + " for Keycloak failed: " + e.getMessage(), e);
        }
    }
}
