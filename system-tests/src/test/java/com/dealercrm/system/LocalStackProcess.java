package com.dealercrm.system;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;

/**
 * The packaged local stack started as a child process, on ports 10000 above the defaults so it
 * can run beside a developer's own stack. One stack serves every test of the JVM.
 *
 * <p>A test may stop a component and start it again with {@link #restart}. The launcher does not
 * know the restarted process, so this class stops it when the JVM exits. A restarted service stops
 * before the launcher, and a restarted Kafka broker after it, because the launcher's services use
 * the broker until they stop.
 */
final class LocalStackProcess {

    static final int PORT_OFFSET = 10_000;
    private static final Pattern COMPONENT_ROW = Pattern.compile("^(\\S+)\\s+(\\d+)\\s+(\\d+)\\s+[\\d.]+\\s+(\\S+)\\s*$");
    /** Time a component gets to exit after a signal; a Kafka broker's controlled shutdown takes the longest. */
    private static final Duration EXIT_TIMEOUT = Duration.ofSeconds(60);
    /** Time a restarted process gets to stop when the JVM exits, before it is killed. */
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);
    private static LocalStackProcess instance;

    private final Process process;
    private final Path dataDirectory;

    private final Map<String, Long> pids = new ConcurrentHashMap<>();
    private final List<RestartedComponent> restarted = new CopyOnWriteArrayList<>();
    private final CountDownLatch ready = new CountDownLatch(1);

    /** The command line, environment and working directory a component process was started with. */
    record Launch(List<String> command, Map<String, String> environment, Path directory) {
    }

    private record RestartedComponent(String name, Process process) {
    }

    private LocalStackProcess(Process process, Path dataDirectory) {
        this.process = process;
        this.dataDirectory = dataDirectory;
    }

    static synchronized LocalStackProcess shared() {
        if (instance == null) {
            instance = start();
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stop, "local-stack-stop"));
        }
        return instance;
    }

    URI gateway() {
        return URI.create("http://127.0.0.1:" + (8080 + PORT_OFFSET));
    }

    URI keycloak() {
        return URI.create("http://localhost:" + (8180 + PORT_OFFSET));
    }

    URI simulator() {
        return URI.create("http://127.0.0.1:" + (8069 + PORT_OFFSET));
    }

    String kafkaBootstrapServers() {
        return "127.0.0.1:" + (9092 + PORT_OFFSET);
    }

    Path logDirectory() {
        return dataDirectory.resolve("logs");
    }

    /** Returns the process id of a component as the launcher's summary lists it, such as {@code lead-service}. */
    long pid(String component) {
        Long pid = pids.get(component);
        if (pid == null) {
            throw new IllegalArgumentException("No component " + component + " in the stack summary " + pids.keySet());
        }
        return pid;
    }

    /** Reads the command line, environment and working directory of a running component from /proc. */
    Launch launchOf(String component) {
        Path process = Path.of("/proc", Long.toString(pid(component)));
        try {
            List<String> command = nulSeparated(Files.readAllBytes(process.resolve("cmdline")));
            Map<String, String> environment = new LinkedHashMap<>();
            for (String variable : nulSeparated(Files.readAllBytes(process.resolve("environ")))) {
                int equals = variable.indexOf('=');
                if (equals > 0) {
                    environment.put(variable.substring(0, equals), variable.substring(equals + 1));
                }
            }
            Path directory = Files.readSymbolicLink(process.resolve("cwd"));
            return new Launch(command, environment, directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Reading how " + component + " (pid " + pid(component) + ") was started failed", e);
        }
    }

    /** Sends SIGTERM to a component and waits until it has exited. */
    void terminate(String component) {
        ProcessHandle handle = handleOf(component);
        handle.destroy();
        awaitExit(component, handle);
    }

    /** Sends SIGKILL to a component and waits until it has exited. */
    void kill(String component) {
        ProcessHandle handle = handleOf(component);
        handle.destroyForcibly();
        awaitExit(component, handle);
    }

    /**
     * Starts a stopped component again as a child of this JVM, with the command line, environment
     * and working directory it had, its output in {@code system-tests/target/restarted/}, and
     * returns its pid. It does not wait until the component is ready.
     */
    long restart(String component, Launch launch) {
        Path log = repositoryRoot().resolve("system-tests/target/restarted").resolve(component + "-" + System.currentTimeMillis() + ".log");
        ProcessBuilder builder = new ProcessBuilder(launch.command())
                .directory(launch.directory().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().clear();
        builder.environment().putAll(launch.environment());
        try {
            Files.createDirectories(log.getParent());
            Process process = builder.start();
            restarted.add(new RestartedComponent(component, process));
            pids.put(component, process.pid());
            return process.pid();
        } catch (IOException e) {
            throw new UncheckedIOException("Restarting " + component + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * Waits until a restarted Quarkus service returns 200 from {@code /q/health/ready} on the port
     * of its {@code HTTP_PORT} variable, which is the port the gateway routes to.
     */
    void awaitServiceReady(String component, Launch launch, Duration timeout) {
        URI readiness = URI.create("http://127.0.0.1:" + launch.environment().get("HTTP_PORT") + "/q/health/ready");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(readiness).timeout(Duration.ofSeconds(5)).GET().build();
        Awaitility.await(component + " ready at " + readiness)
                .atMost(timeout)
                .pollInterval(Duration.ofMillis(500))
                .ignoreExceptionsInstanceOf(IOException.class)
                .until(() -> {
                    if (!handleOf(component).isAlive()) {
                        throw new IllegalStateException(component + " exited during startup; see system-tests/target/restarted/");
                    }
                    return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                });
    }

    private ProcessHandle handleOf(String component) {
        return ProcessHandle.of(pid(component))
                .orElseThrow(() -> new IllegalStateException(component + " (pid " + pid(component) + ") is not running"));
    }

    private static void awaitExit(String component, ProcessHandle handle) {
        try {
            handle.onExit().get(EXIT_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException(component + " (pid " + handle.pid() + ") did not exit within " + EXIT_TIMEOUT.toSeconds() + " s", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Waiting for " + component + " to exit failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + component + " to exit", e);
        }
    }

    private static List<String> nulSeparated(byte[] bytes) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                parts.add(new String(bytes, start, i - start, StandardCharsets.UTF_8));
                start = i + 1;
            }
        }
        if (start < bytes.length) {
            parts.add(new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8));
        }
        return parts;
    }

    private static LocalStackProcess start() {
        Path root = repositoryRoot();
        Path dataDirectory = root.resolve("system-tests/target/stack-data");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx256m");
        command.add("-Ddealercrm.repository.root=" + root);
        command.add("-cp");
        command.add(root.resolve("deploy/local-stack/target/local-stack-1.0.0-SNAPSHOT.jar") + ":" + read(root.resolve("deploy/local-stack/target/launcher.classpath")));
        command.add("com.dealercrm.stack.LocalStack");
        command.add("--wipe");
        command.add("--data-dir");
        command.add(dataDirectory.toString());
        for (String[] option : new String[][] {
                {"--gateway-port", "8080"}, {"--keycloak-port", "8180"}, {"--postgres-port", "5442"}, {"--kafka-port", "9092"},
                {"--kafka-controller-port", "9093"}, {"--lead-service-port", "8081"}, {"--quotation-service-port", "8082"},
                {"--delivery-service-port", "8083"}, {"--bpo-connector-port", "8084"}, {"--audit-service-port", "8085"},
                {"--bpo-simulator-port", "8069"}}) {
            command.add(option[0]);
            command.add(Integer.toString(Integer.parseInt(option[1]) + PORT_OFFSET));
        }
        try {
            Process process = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true).start();
            LocalStackProcess stack = new LocalStackProcess(process, dataDirectory);
            stack.pumpOutput(root.resolve("system-tests/target/local-stack.out"));
            if (!stack.ready.await(6, TimeUnit.MINUTES)) {
                stack.stop();
                throw new IllegalStateException("The local stack was not ready within 6 minutes; see system-tests/target/local-stack.out");
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("The local stack exited with " + process.exitValue() + "; see system-tests/target/local-stack.out");
            }
            return stack;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Copies the launcher's output to a file and reads the summary's process ids. */
    private void pumpOutput(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        Thread pump = new Thread(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)); writer) {
                String line;
                while ((line = reader.readLine()) != null) {
                    writer.write(line);
                    writer.write('\n');
                    writer.flush();
                    Matcher row = COMPONENT_ROW.matcher(line);
                    if (row.matches()) {
                        pids.put(row.group(1), Long.parseLong(row.group(3)));
                    }
                    if (line.startsWith("Press Ctrl+C")) {
                        ready.countDown();
                    }
                }
            } catch (IOException e) {
                // The launcher exited; the waiting side reports it.
            } finally {
                ready.countDown();
            }
        }, "local-stack-output");
        pump.setDaemon(true);
        pump.start();
    }

    /**
     * Stops the restarted services, then the launcher with everything it started, then a restarted
     * Kafka broker.
     */
    void stop() {
        stopRestarted(false);
        stopLauncher();
        stopRestarted(true);
    }

    private void stopRestarted(boolean kafka) {
        List<Process> stopping = new ArrayList<>();
        for (RestartedComponent component : restarted) {
            if ("kafka".equals(component.name()) == kafka && component.process().isAlive()) {
                component.process().destroy();
                stopping.add(component.process());
            }
        }
        for (Process process : stopping) {
            try {
                if (!process.waitFor(STOP_GRACE.toSeconds(), TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }

    private void stopLauncher() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static Path repositoryRoot() {
        Path directory = Path.of("").toAbsolutePath();
        while (directory != null && !Files.exists(directory.resolve("deploy/run"))) {
            directory = directory.getParent();
        }
        if (directory == null) {
            throw new IllegalStateException("Cannot find the repository root (a folder with deploy/run) above " + Path.of("").toAbsolutePath());
        }
        return directory;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("Missing " + file + "; build the project with ./mvnw install -DskipTests first", e);
        }
    }
}
