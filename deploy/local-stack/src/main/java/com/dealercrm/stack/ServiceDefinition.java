package com.dealercrm.stack;

import java.nio.file.Path;
import java.util.Map;

/**
 * A Quarkus application of the stack: its module folder, the database it owns (null for none),
 * the environment it starts with, and whether it serves {@code /q/health/ready}.
 */
public record ServiceDefinition(
        Component component, String module, String database, Map<String, String> environment, boolean servesHealth) {

    public String name() {
        return component.displayName();
    }

    /** Returns the runnable jar that {@code ./mvnw install} builds for this module. */
    public Path jar(Path repositoryRoot) {
        return repositoryRoot.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }
}
