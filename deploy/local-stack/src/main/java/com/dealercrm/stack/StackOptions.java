package com.dealercrm.stack;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The launcher's command-line options. */
public record StackOptions(
        Path dataDirectory, boolean wipe, boolean exitAfterStart, boolean help, Map<Component, Integer> ports, boolean demo, boolean exitAfterDemo) {

    public static final String DEFAULT_DATA_DIRECTORY = ".dealer-crm";

    public StackOptions {
        ports = Collections.unmodifiableMap(new EnumMap<>(ports));
    }

    /** Creates options without the demo. */
    public StackOptions(Path dataDirectory, boolean wipe, boolean exitAfterStart, boolean help, Map<Component, Integer> ports) {
        this(dataDirectory, wipe, exitAfterStart, help, ports, false, false);
    }

    public int port(Component component) {
        return ports.get(component);
    }

    /**
     * Parses the arguments of {@code deploy/run}. The data folder defaults to {@code .dealer-crm} in
     * {@code repositoryRoot}; a relative {@code --data-dir} is resolved against the working directory.
     *
     * @throws IllegalArgumentException for an unknown option, a missing value or an invalid port
     */
    public static StackOptions parse(List<String> arguments, Path repositoryRoot) {
        Map<Component, Integer> ports = defaultPorts();
        Path dataDirectory = repositoryRoot.resolve(DEFAULT_DATA_DIRECTORY);
        boolean wipe = false;
        boolean exitAfterStart = false;
        boolean help = false;
        boolean demo = false;
        boolean exitAfterDemo = false;

        Deque<String> remaining = new ArrayDeque<>(splitInlineValues(arguments));
        while (!remaining.isEmpty()) {
            String option = remaining.removeFirst();
            switch (option) {
                case "--help", "-h" -> help = true;
                case "--wipe" -> wipe = true;
                case "--exit-after-start" -> exitAfterStart = true;
                case "--demo" -> demo = true;
                case "--exit-after-demo" -> {
                    demo = true;
                    exitAfterDemo = true;
                }
                case "--data-dir" -> dataDirectory = Path.of(value(option, remaining));
                default -> {
                    Component component = componentForOption(option);
                    ports.put(component, parsePort(option, value(option, remaining)));
                }
            }
        }
        requireDistinctPorts(ports);
        return new StackOptions(dataDirectory.toAbsolutePath().normalize(), wipe, exitAfterStart, help, ports, demo, exitAfterDemo);
    }

    /** Returns the help text that {@code deploy/run --help} prints. */
    public static String usage() {
        StringBuilder text = new StringBuilder();
        text.append("""
                Usage: deploy/run [options]

                Starts PostgreSQL, Kafka, Keycloak, every Dealer CRM service and the HTTP gateway.
                Press Ctrl+C to stop everything it started.

                Options:
                  --build                         rebuild the project (./mvnw install -DskipTests) before starting
                  --data-dir DIR                  folder for all data and logs (default: .dealer-crm in the repository)
                  --wipe                          delete the data folder before starting
                  --exit-after-start              start everything, print the summary, then stop (for smoke tests)
                  --demo                          after starting, walk the demo leads to Won and Lost through the gateway
                                                  and print their chatter, then keep running
                  --exit-after-demo               run the demo, then stop everything; exits 1 if a demo step failed
                  --help                          print this help
                """);
        for (Component component : Component.values()) {
            String option = String.format("  %-32s", component.portOption() + " PORT");
            text.append(option)
                    .append("TCP port of the ")
                    .append(component.displayName())
                    .append(" (default: ")
                    .append(component.defaultPort())
                    .append(")\n");
        }
        return text.toString();
    }

    private static Map<Component, Integer> defaultPorts() {
        Map<Component, Integer> ports = new EnumMap<>(Component.class);
        for (Component component : Component.values()) {
            ports.put(component, component.defaultPort());
        }
        return ports;
    }

    /** Splits {@code --option=value} into {@code --option value}. */
    private static List<String> splitInlineValues(List<String> arguments) {
        List<String> split = new ArrayList<>();
        for (String argument : arguments) {
            int equals = argument.indexOf('=');
            if (argument.startsWith("--") && equals > 0) {
                split.add(argument.substring(0, equals));
                split.add(argument.substring(equals + 1));
            } else {
                split.add(argument);
            }
        }
        return split;
    }

    private static String value(String option, Deque<String> remaining) {
        if (remaining.isEmpty() || remaining.peekFirst().startsWith("--")) {
            throw new IllegalArgumentException("Option " + option + " needs a value; see deploy/run --help.");
        }
        return remaining.removeFirst();
    }

    private static Component componentForOption(String option) {
        for (Component component : Component.values()) {
            if (component.portOption().equals(option)) {
                return component;
            }
        }
        throw new IllegalArgumentException("Unknown option " + option + "; see deploy/run --help.");
    }

    private static int parsePort(String option, String value) {
        int port;
        try {
            port = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Invalid port '" + value + "' for " + option + ": expected a number from 1 to 65535.");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("Invalid port " + port + " for " + option + ": expected a number from 1 to 65535.");
        }
        return port;
    }

    private static void requireDistinctPorts(Map<Component, Integer> ports) {
        Map<Integer, Component> owners = new HashMap<>();
        for (Map.Entry<Component, Integer> entry : ports.entrySet()) {
            Component previous = owners.putIfAbsent(entry.getValue(), entry.getKey());
            if (previous != null) {
                throw new IllegalArgumentException("Port " + entry.getValue() + " is set for both " + previous.displayName()
                        + " and " + entry.getKey().displayName() + "; change " + entry.getKey().portOption()
                        + " or " + previous.portOption() + ".");
            }
        }
    }
}
