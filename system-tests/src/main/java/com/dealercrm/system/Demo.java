package com.dealercrm.system;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Walks the demo scenarios through the gateway of a running local stack, prints each lead's
 * chatter and the BPO CRM side, and exits 0 on success or 1 with the failing step.
 *
 * <p>Usage: {@code Demo [--gateway URL] [--keycloak URL] [--simulator URL] [--log-dir DIR]}.
 */
public final class Demo {

    private Demo() {
    }

    public static void main(String[] args) {
        Map<String, String> options = Options.parse(args);
        URI gateway = URI.create(options.getOrDefault("gateway", "http://127.0.0.1:8080"));
        URI keycloak = URI.create(options.getOrDefault("keycloak", "http://localhost:8180"));
        URI simulator = URI.create(options.getOrDefault("simulator", "http://127.0.0.1:8069"));
        Path logDirectory = Path.of(options.getOrDefault("log-dir", ".dealer-crm/logs"));
        System.exit(run(gateway, keycloak, simulator, logDirectory, System.out));
    }

    /** Runs the demo and returns the process exit code. */
    public static int run(URI gateway, URI keycloak, URI simulator, Path logDirectory, PrintStream out) {
        Scenarios scenarios = new Scenarios(new DealerApi(gateway, keycloak), new BpoSimulator(simulator), out, Duration.ofMinutes(3));
        try {
            out.println();
            out.println("== Catalog ==");
            Scenarios.Catalog catalog = scenarios.seedCatalog();
            out.println();
            out.println("== An endorsed lead, sold, delivered and won ==");
            JsonNode won = scenarios.winEndorsedLead(catalog);
            out.println();
            out.println("== A walk-in lead, lost on price ==");
            JsonNode lostManual = scenarios.loseManualLead(catalog);
            out.println();
            out.println("== An endorsed lead lost while BPO CRM is down ==");
            JsonNode lostEndorsed = scenarios.loseEndorsedLeadWhileBpoIsDown(catalog);

            scenarios.printTimeline(won);
            scenarios.printBpoLead(won);
            scenarios.printTimeline(lostManual);
            scenarios.printTimeline(lostEndorsed);
            scenarios.printBpoLead(lostEndorsed);
            out.println();
            out.println("Demo finished: " + won.path("reference").asText() + " won, " + lostManual.path("reference").asText() + " and "
                    + lostEndorsed.path("reference").asText() + " lost, BPO CRM in sync.");
            return 0;
        } catch (Scenarios.StepFailedException e) {
            out.println();
            out.println(e.getMessage());
            out.println("Look at " + logDirectory.resolve(logFor(e.getMessage()) + ".log") + " for details.");
            return 1;
        }
    }

    private static String logFor(String message) {
        return Scenarios.LOG_BY_PATH.entrySet().stream()
                .filter(entry -> message.contains(entry.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse("lead-service");
    }

    /** Parses {@code --name value} and {@code --name=value} arguments. */
    static final class Options {
        private Options() {
        }

        static Map<String, String> parse(String[] args) {
            Map<String, String> options = new java.util.HashMap<>();
            for (int i = 0; i < args.length; i++) {
                String argument = args[i];
                if (!argument.startsWith("--")) {
                    throw new IllegalArgumentException("Unexpected argument " + argument + "; options look like --gateway http://127.0.0.1:8080");
                }
                int equals = argument.indexOf('=');
                if (equals > 0) {
                    options.put(argument.substring(2, equals), argument.substring(equals + 1));
                } else if (i + 1 < args.length) {
                    options.put(argument.substring(2), args[++i]);
                } else {
                    throw new IllegalArgumentException("Option " + argument + " needs a value");
                }
            }
            return options;
        }
    }
}
