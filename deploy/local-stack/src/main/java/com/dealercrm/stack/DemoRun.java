package com.dealercrm.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs the demo (module system-tests, class {@code com.dealercrm.system.Demo}) as a child
 * process against the started stack. The demo only makes ordinary API calls through the gateway,
 * with Keycloak tokens, and prints its progress to this console.
 */
final class DemoRun {

    private static final String DEMO_CLASS = "com.dealercrm.system.Demo";

    private DemoRun() {
    }

    /** Runs the demo to its end and returns its exit code: 0 when every step passed. */
    static int run(StackOptions options, BuildLayout layout, StackData data) {
        Path root = layout.repositoryRoot();
        Path classes = root.resolve("system-tests/target/classes");
        Path classpathFile = root.resolve("system-tests/target/runtime.classpath");
        if (!Files.isDirectory(classes) || !Files.isRegularFile(classpathFile)) {
            System.err.println("The demo is not built (" + classes + " or " + classpathFile + " is missing); run deploy/run --build --demo.");
            return 1;
        }
        try {
            String classpath = classes + java.io.File.pathSeparator + Files.readString(classpathFile).trim();
            List<String> command = List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx128m",
                    "-cp", classpath,
                    DEMO_CLASS,
                    "--gateway", "http://127.0.0.1:" + options.port(Component.GATEWAY),
                    "--keycloak", KeycloakServer.baseUrl(options.port(Component.KEYCLOAK)),
                    "--simulator", "http://127.0.0.1:" + options.port(Component.BPO_SIMULATOR),
                    "--log-dir", data.logDirectory().toString());
            Process demo = new ProcessBuilder(command).inheritIO().start();
            return demo.waitFor();
        } catch (IOException e) {
            System.err.println("The demo failed to start: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }
}
