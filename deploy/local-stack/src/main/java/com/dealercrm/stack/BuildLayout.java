package com.dealercrm.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** Paths that the Maven build of this module recorded: the unpacked Keycloak and the repository root. */
record BuildLayout(Path keycloakHome, Path repositoryRoot) {

    private static final String RESOURCE = "/dealercrm/local-stack.properties";

    /** System property that overrides the recorded repository root; {@code deploy/run} sets it. */
    static final String ROOT_PROPERTY = "dealercrm.repository.root";

    static BuildLayout load() {
        Properties properties = new Properties();
        try (InputStream in = BuildLayout.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE + "; rebuild with deploy/run --build");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path keycloakHome = Path.of(properties.getProperty("keycloak.home")).normalize();
        String root = System.getProperty(ROOT_PROPERTY, properties.getProperty("repository.root"));
        if (!Files.isRegularFile(keycloakHome.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("Keycloak is not unpacked at " + keycloakHome + "; rebuild with deploy/run --build");
        }
        return new BuildLayout(keycloakHome, Path.of(root).toAbsolutePath().normalize());
    }
}
