package com.dealercrm.stack;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/** Starts one Quarkus application of the stack as {@code java -jar quarkus-run.jar} and waits until it is ready. */
final class QuarkusService {

    /**
     * JVM options for every service. Serial GC and a capped heap keep the idle footprint small;
     * C1-only compilation shortens startup at some cost in peak throughput, which a local stack
     * does not need.
     */
    static final List<String> JVM_OPTIONS = List.of(
            "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1",
            "-Xms32m",
            "-Xmx256m",
            "-XX:ReservedCodeCacheSize=64m",
            "-Xss512k");

    static final Duration READY_TIMEOUT = Duration.ofSeconds(90);

    private QuarkusService() {
    }

    /** Starts the application's JVM with its environment and returns without waiting. */
    static ChildProcess launch(ServiceDefinition service, Path repositoryRoot, Path logDirectory) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        command.add("-jar");
        command.add(service.jar(repositoryRoot).toString());

        ProcessBuilder builder = new ProcessBuilder(command).directory(repositoryRoot.toFile());
        builder.environment().putAll(service.environment());
        return ChildProcess.start(service.name(), builder, logDirectory.resolve(service.name() + ".log"));
    }

    /**
     * Waits until {@code /q/health/ready} returns 200, or until the application answers at all when
     * it has no health checks (the BPO CRM simulator).
     */
    static void awaitReady(ServiceDefinition service, ChildProcess process, BooleanSupplier cancelled) {
        int port = Integer.parseInt(service.environment().get("HTTP_PORT"));
        URI readiness = URI.create("http://127.0.0.1:" + port + "/q/health/ready");
        HttpReadiness.await(process, readiness, !service.servesHealth(), READY_TIMEOUT, cancelled);
    }
}
