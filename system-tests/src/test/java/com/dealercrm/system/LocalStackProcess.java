package com.dealercrm.system;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged local stack started as a child process, on ports 10000 above the defaults so it
 * can run beside a developer's own stack. One stack serves every test of the JVM.
 */
final class LocalStackProcess {

    static final int PORT_OFFSET = 10_000;
    private static final Pattern COMPONENT_ROW = Pattern.compile("^(\\S+)\\s+(\\d+)\\s+(\\d+)\\s+[\\d.]+\\s+(\\S+)\\s*$");
    private static LocalStackProcess instance;

    private final Process process;
    private final Path dataDirectory;
    private final Map<String, Long> pids = new LinkedHashMap<>();
    private final CountDownLatch ready = new CountDownLatch(1);

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

    Path logDirectory() {
        return dataDirectory.resolve("logs");
    }

    /** The process id of a component as the launcher's summary lists it, such as {@code lead-service}. */
    long pid(String component) {
        Long pid = pids.get(component);
        if (pid == null) {
            throw new IllegalArgumentException("No component " + component + " in the stack summary " + pids.keySet());
        }
        return pid;
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

    void stop() {
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
