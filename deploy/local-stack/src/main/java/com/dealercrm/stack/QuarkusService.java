package com.dealercrm.stack;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/** Starts one Quarkus application of the stack as {@code java -jar quarkus-run.jar} and waits until it is ready. */
final class QuarkusService {

    /**
     * JVM options for every service. Serial GC, a small young generation, a capped heap that gives
     * free space back after a collection, and small thread stacks keep the idle footprint small.
     * C1-only compilation shortens startup at some cost in peak throughput, which a local stack
     * does not need. A method is compiled only after five times the usual number of calls, so code
     * that runs a few times at startup stays interpreted. The code cache then uses about 6 MB
     * instead of 10 MB, and hot methods are still compiled. The build's training run in the root
     * pom.xml uses the same GC and heap options, so its archive matches these JVMs.
     */
    static final List<String> JVM_OPTIONS = List.of(
            "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1",
            "-Xms32m",
            "-Xmx256m",
            "-Xmn8m",
            "-XX:MinHeapFreeRatio=10",
            "-XX:MaxHeapFreeRatio=20",
            "-XX:ReservedCodeCacheSize=64m",
            "-XX:CompileThresholdScaling=5",
            "-Xss512k");

    /**
     * Returns the options that make the JVM give freed native memory back every 5 s (JDK-8293114).
     * JDK 22 has the option, and 17.0.9 and 21.0.1 have it as an experimental backport. Other JVMs,
     * such as 17.0.8 or 20, refuse to start with it, so the list is empty for them.
     */
    static List<String> nativeHeapTrimOptions(Runtime.Version version) {
        boolean supported = version.feature() >= 22
                || (version.feature() == 21 && version.update() >= 1)
                || (version.feature() == 17 && version.update() >= 9);
        if (!supported) {
            return List.of();
        }
        return List.of("-XX:+UnlockExperimentalVMOptions", "-XX:TrimNativeHeapInterval=5000");
    }

    /** Environment variable with extra JVM options for every service, separated by spaces, for example a debug agent. */
    static final String EXTRA_OPTIONS_VARIABLE = "DEALER_CRM_SERVICE_JVM_OPTIONS";

    static final Duration READY_TIMEOUT = Duration.ofSeconds(90);

    /** The class-data-sharing archive that the build writes next to {@code quarkus-run.jar}. */
    static final String CDS_ARCHIVE = "app-cds.jsa";

    private QuarkusService() {
    }

    /**
     * Starts the application's JVM with its environment and returns without waiting. glibc's
     * MALLOC_ARENA_MAX=2 keeps the JVM's native allocations from spreading over one arena per
     * thread, which costs tens of MB of RSS.
     *
     * <p>The JVM runs in the application's {@code quarkus-app} folder with the jar named
     * relatively, as when the build wrote the class-data-sharing archive: the JVM uses the
     * archive only when the class path matches. A JVM other than the one that wrote the archive
     * ignores it and loads every class itself.
     */
    static ChildProcess launch(ServiceDefinition service, Path repositoryRoot, StackData data) {
        Path jar = service.jar(repositoryRoot);
        Path applicationFolder = jar.getParent();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        command.addAll(nativeHeapTrimOptions(Runtime.version()));
        command.addAll(classDataSharingOptions(applicationFolder));
        command.addAll(extraOptions());
        command.add("-jar");
        command.add(jar.getFileName().toString());

        ProcessBuilder builder = new ProcessBuilder(command).directory(applicationFolder.toFile());
        builder.environment().put("MALLOC_ARENA_MAX", "2");
        builder.environment().putAll(service.environment());
        return ChildProcess.start(service.name(), builder, data.logFile(service.name()));
    }

    /** Returns the options that load classes from the build's archive, or none when the build wrote none. */
    static List<String> classDataSharingOptions(Path applicationFolder) {
        if (!Files.isRegularFile(applicationFolder.resolve(CDS_ARCHIVE))) {
            return List.of();
        }
        return List.of("-XX:SharedArchiveFile=" + CDS_ARCHIVE, "-Xshare:auto");
    }

    private static List<String> extraOptions() {
        String extra = System.getenv(EXTRA_OPTIONS_VARIABLE);
        if (extra == null || extra.isBlank()) {
            return List.of();
        }
        return List.of(extra.trim().split("\\s+"));
    }

    /**
     * Waits until {@code /q/health/ready} returns 200, or until the application responds at all
     * when it has no health checks (the BPO CRM simulator).
     */
    static void awaitReady(ServiceDefinition service, ChildProcess process, BooleanSupplier cancelled) {
        int port = Integer.parseInt(service.environment().get("HTTP_PORT"));
        URI readiness = URI.create("http://127.0.0.1:" + port + "/q/health/ready");
        HttpReadiness.await(process, readiness, !service.servesHealth(), READY_TIMEOUT, cancelled);
    }
}
