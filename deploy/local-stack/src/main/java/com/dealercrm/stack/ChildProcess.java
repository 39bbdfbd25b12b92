package com.dealercrm.stack;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A program that the launcher started as an operating-system process, with its output appended to
 * a log file. Stopping it also stops the processes it started, such as the JVM behind {@code kc.sh}.
 */
public final class ChildProcess {

    private static final Logger LOG = LoggerFactory.getLogger(ChildProcess.class);

    private static final int EXIT_CODE_SIGINT = 130;
    private static final int EXIT_CODE_SIGTERM = 143;

    private final String name;
    private final Process process;
    private final Path logFile;
    private volatile boolean stopping;

    private ChildProcess(String name, Process process, Path logFile) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
    }

    /** Starts the program with stdout and stderr appended to {@code logFile}, and warns if it exits on its own. */
    public static ChildProcess start(String name, ProcessBuilder builder, Path logFile) {
        try {
            Files.createDirectories(logFile.getParent());
            builder.redirectErrorStream(true);
            builder.redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            ChildProcess child = new ChildProcess(name, builder.start(), logFile);
            child.process.onExit().thenAccept(exited -> child.reportExit());
            return child;
        } catch (IOException e) {
            throw new UncheckedIOException("Starting " + name + " failed: " + e.getMessage(), e);
        }
    }

    public String name() {
        return name;
    }

    public long pid() {
        return process.pid();
    }

    public Path logFile() {
        return logFile;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Returns the exit code, or -1 while the process runs. */
    public int exitCode() {
        return process.isAlive() ? -1 : process.exitValue();
    }

    /**
     * Sends SIGTERM to the process and its descendants, waits up to {@code grace} for them to exit,
     * then kills whatever is left.
     */
    public void stop(Duration grace) {
        List<ProcessHandle> tree = requestStop();
        awaitStop(tree, grace);
    }

    /** Sends SIGTERM to the process and its descendants without waiting, and returns them for {@link #awaitStop}. */
    public List<ProcessHandle> requestStop() {
        stopping = true;
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(0, process.toHandle());
        tree.forEach(ProcessHandle::destroy);
        return tree;
    }

    /** Waits up to {@code grace} for the processes that {@link #requestStop} signalled, then kills whatever is left. */
    public void awaitStop(List<ProcessHandle> tree, Duration grace) {
        long deadline = System.nanoTime() + grace.toNanos();
        for (ProcessHandle handle : tree) {
            long remaining = Math.max(0, deadline - System.nanoTime());
            awaitExit(handle, Duration.ofNanos(remaining));
        }
        for (ProcessHandle handle : tree) {
            if (handle.isAlive()) {
                LOG.warn("{} (pid {}) did not stop within {} s; killing it", name, handle.pid(), grace.toSeconds());
                handle.destroyForcibly();
                awaitExit(handle, Duration.ofSeconds(10));
            }
        }
    }

    /**
     * Logs an exit the launcher did not request. Ctrl+C in a terminal sends SIGINT to every process
     * of the foreground group, so the children often stop (exit code 130) before the shutdown hook
     * reaches them. Such a stop is logged at INFO.
     */
    private void reportExit() {
        if (stopping) {
            return;
        }
        int exitCode = process.exitValue();
        if (exitCode == EXIT_CODE_SIGINT || exitCode == EXIT_CODE_SIGTERM) {
            LOG.info("{} (pid {}) stopped on a signal (exit code {})", name, process.pid(), exitCode);
        } else {
            LOG.warn("{} (pid {}) exited with code {}; see {}", name, process.pid(), exitCode, logFile);
        }
    }

    private static void awaitExit(ProcessHandle handle, Duration timeout) {
        try {
            handle.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // The caller checks isAlive() afterwards.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
