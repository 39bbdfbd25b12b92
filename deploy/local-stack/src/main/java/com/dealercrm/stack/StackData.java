package com.dealercrm.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The data folder of the local stack: PostgreSQL, Kafka and Keycloak data and every log file. A
 * marker file identifies it, so {@code --wipe} never deletes a folder the stack did not create.
 */
final class StackData {

    static final String MARKER = ".dealer-crm-data";

    private final Path root;

    StackData(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    Path logDirectory() {
        return root.resolve("logs");
    }

    Path logFile(String component) {
        return logDirectory().resolve(component + ".log");
    }

    Path postgresDirectory() {
        return root.resolve("postgres");
    }

    Path kafkaDirectory() {
        return root.resolve("kafka");
    }

    Path keycloakDirectory() {
        return root.resolve("keycloak");
    }

    /** Creates the folder and its marker file if they do not exist. */
    void prepare() {
        try {
            Files.createDirectories(logDirectory());
            Path marker = root.resolve(MARKER);
            if (!Files.exists(marker)) {
                Files.writeString(marker, "Dealer CRM local stack data; deploy/run --wipe deletes this folder.\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Creating the data folder " + root + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * Deletes the folder and everything in it.
     *
     * @throws IllegalStateException when the folder is not empty and has no marker file
     */
    void wipe() {
        if (!Files.exists(root)) {
            return;
        }
        if (!Files.exists(root.resolve(MARKER)) && !isEmpty(root)) {
            throw new IllegalStateException("Not wiping " + root + " because it has no " + MARKER
                    + " file, so the local stack did not create it; choose another folder with --data-dir.");
        }
        try (Stream<Path> paths = Files.walk(root)) {
            List<Path> deepestFirst = paths.sorted(Comparator.reverseOrder()).toList();
            for (Path path : deepestFirst) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Wiping " + root + " failed: " + e.getMessage(), e);
        }
    }

    /** Returns the PostgreSQL server's pid from {@code postmaster.pid}, or -1 when it is not running. */
    long postgresPid() {
        try {
            List<String> lines = Files.readAllLines(postgresDirectory().resolve("postmaster.pid"));
            return lines.isEmpty() ? -1 : Long.parseLong(lines.get(0).trim());
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    private static boolean isEmpty(Path directory) {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
