package com.dealercrm.stack;

import com.dealercrm.infra.KafkaBroker;
import com.dealercrm.infra.PostgresServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the whole Dealer CRM on one machine: PostgreSQL with one database per service, a KRaft
 * Kafka broker with every topic, Keycloak with the {@code dealer} realm, each service that is
 * built, and the HTTP gateway. It runs until Ctrl+C, and its shutdown hook stops everything it
 * started.
 */
public final class LocalStack {

    private static final Logger LOG = LoggerFactory.getLogger(LocalStack.class);
    private static final int TOPIC_PARTITIONS = 6;
    private static final Duration KAFKA_READY_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);
    private static final Duration STARTUP_ABORT_WAIT = Duration.ofSeconds(60);

    private final StackOptions options;
    private final BuildLayout layout;
    private final StackData data;
    private final List<ServiceDefinition> services;
    private final List<StartedComponent> started = new ArrayList<>();
    private final CountDownLatch startupFinished = new CountDownLatch(1);
    private volatile boolean closing;
    private boolean closed;

    private PostgresServer postgres;
    private KafkaBroker kafka;
    private ChildProcess keycloak;
    private final List<ChildProcess> serviceProcesses = new ArrayList<>();
    private Gateway gateway;

    LocalStack(StackOptions options, BuildLayout layout) {
        this.options = options;
        this.layout = layout;
        this.data = new StackData(options.dataDirectory());
        this.services = Services.inStartOrder(options).stream()
                .filter(this::isBuiltOrRequired)
                .toList();
    }

    public static void main(String[] arguments) {
        LauncherLogging.configureConsole();
        BuildLayout layout;
        StackOptions options;
        try {
            layout = BuildLayout.load();
            options = StackOptions.parse(Arrays.asList(arguments), layout.repositoryRoot());
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.print(StackOptions.usage());
            return;
        }
        System.exit(run(options, layout));
    }

    /** Starts the stack and blocks until the JVM shuts down, or stops it at once with {@code --exit-after-start}; returns the exit code. */
    static int run(StackOptions options, BuildLayout layout) {
        LocalStack stack = new LocalStack(options, layout);
        try {
            stack.checkPortsAndJars();
        } catch (PortCheck.PortInUseException | IllegalStateException e) {
            LOG.error(e.getMessage());
            return 1;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "local-stack-shutdown"));
        try {
            stack.start();
        } catch (RuntimeException e) {
            if (!stack.closing) {
                LOG.error("The local stack failed to start: {}", e.getMessage());
            }
            stack.close();
            return 1;
        }
        System.out.println(StackSummary.render(stack.options, stack.started, stack.data, startupTime()));
        if (options.exitAfterStart()) {
            stack.close();
            return 0;
        }
        if (options.demo()) {
            int demoExit = DemoRun.run(options, layout, stack.data);
            if (options.exitAfterDemo()) {
                stack.close();
                return demoExit;
            }
            System.out.println("\nThe stack keeps running for exploration. Press Ctrl+C to stop everything.");
        }
        awaitShutdown();
        return 0;
    }

    private void checkPortsAndJars() {
        Set<Component> components = EnumSet.of(Component.GATEWAY, Component.KEYCLOAK, Component.POSTGRES,
                Component.KAFKA, Component.KAFKA_CONTROLLER);
        services.forEach(service -> components.add(service.component()));
        PortCheck.requireFree(options.ports(), components);
        for (ServiceDefinition service : services) {
            if (!Files.isRegularFile(service.jar(layout.repositoryRoot()))) {
                throw new IllegalStateException(service.name() + " is not built (" + service.jar(layout.repositoryRoot())
                        + " is missing); run deploy/run --build.");
            }
        }
    }

    /** Keeps the BPO CRM simulator out of the stack until its module is built; every service is required. */
    private boolean isBuiltOrRequired(ServiceDefinition service) {
        return service.component() != Component.BPO_SIMULATOR || Files.isRegularFile(service.jar(layout.repositoryRoot()));
    }

    void start() {
        try {
            if (options.wipe()) {
                data.wipe();
            }
            data.prepare();
            LauncherLogging.configureFiles(data.logDirectory());
            LOG.info("Data folder: {}", data.root());

            Instant keycloakLaunched = Instant.now();
            KeycloakServer keycloakServer = new KeycloakServer(layout.keycloakHome(),
                    layout.repositoryRoot().resolve("deploy/keycloak/dealer-realm.json"), data.keycloakDirectory(),
                    data.logFile("keycloak"), options.port(Component.KEYCLOAK));
            keycloak = register(keycloakServer.start());
            LOG.info("Keycloak is starting in the background (pid {})", keycloak.pid());

            startPostgres();
            startKafka();

            keycloakServer.awaitReady(keycloak, () -> closing);
            recordReady(Component.KEYCLOAK, "keycloak", keycloak.pid(), keycloakLaunched, data.logFile("keycloak"));

            for (ServiceDefinition service : services) {
                startService(service);
            }
            startGateway();
        } finally {
            startupFinished.countDown();
        }
    }

    private void startPostgres() {
        abortIfClosing();
        Instant launched = Instant.now();
        LOG.info("Starting PostgreSQL on port {}", options.port(Component.POSTGRES));
        PostgresServer server = PostgresServer.start(options.port(Component.POSTGRES), data.postgresDirectory());
        synchronized (this) {
            postgres = server;
        }
        for (String database : Services.DATABASES.values()) {
            postgres.createDatabase(database, database, database);
        }
        recordReady(Component.POSTGRES, "postgres", data.postgresPid(), launched, data.logFile("postgres"));
    }

    private void startKafka() {
        abortIfClosing();
        Instant launched = Instant.now();
        LOG.info("Starting Kafka on port {}", options.port(Component.KAFKA));
        KafkaBroker broker = new KafkaBroker(options.port(Component.KAFKA), options.port(Component.KAFKA_CONTROLLER),
                data.kafkaDirectory(), data.logFile("kafka"));
        synchronized (this) {
            kafka = broker;
        }
        broker.start(KAFKA_READY_TIMEOUT);
        broker.createDealerTopics(TOPIC_PARTITIONS);
        recordReady(Component.KAFKA, "kafka", brokerPid(), launched, data.logFile("kafka"));
    }

    private void startService(ServiceDefinition service) {
        abortIfClosing();
        Instant launched = Instant.now();
        LOG.info("Starting {} on port {}", service.name(), options.port(service.component()));
        ChildProcess process = register(QuarkusService.launch(service, layout.repositoryRoot(), data));
        synchronized (this) {
            serviceProcesses.add(process);
        }
        QuarkusService.awaitReady(service, process, () -> closing);
        recordReady(service.component(), service.name(), process.pid(), launched, process.logFile());
    }

    private void startGateway() {
        abortIfClosing();
        Instant launched = Instant.now();
        Gateway started = Gateway.start("127.0.0.1", options.port(Component.GATEWAY), GatewayRoutes.forPorts(options.ports()));
        synchronized (this) {
            gateway = started;
            if (closing) {
                throw new IllegalStateException("Startup was cancelled because the stack is stopping");
            }
        }
        recordReady(Component.GATEWAY, "gateway", ProcessHandle.current().pid(), launched, data.logFile("launcher"));
    }

    /** Tracks a started child process, or stops it right away when shutdown began meanwhile. */
    private synchronized ChildProcess register(ChildProcess process) {
        if (closing) {
            process.stop(STOP_GRACE);
            throw new IllegalStateException("Startup was cancelled because the stack is stopping");
        }
        return process;
    }

    private void recordReady(Component component, String name, long pid, Instant launched, Path logFile) {
        Duration took = Duration.between(launched, Instant.now());
        started.add(new StartedComponent(component, name, options.port(component), pid, took, logFile));
        LOG.info("{} is ready on port {} after {} ms", name, options.port(component), took.toMillis());
    }

    private void abortIfClosing() {
        if (closing) {
            throw new IllegalStateException("Startup was cancelled because the stack is stopping");
        }
    }

    /**
     * Stops everything that started: the gateway, then the services and Keycloak together, then
     * Kafka and PostgreSQL. Runs once, from the shutdown hook or after {@code --exit-after-start}.
     * When startup is still running it first waits for the current step.
     */
    void close() {
        closing = true;
        awaitStartupStep();
        List<ChildProcess> children;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            children = new ArrayList<>(serviceProcesses);
        }
        LOG.info("Stopping the local stack");
        if (gateway != null) {
            gateway.close();
        }
        if (keycloak != null) {
            children.add(keycloak);
        }
        stopTogether(children);
        if (kafka != null) {
            kafka.stop();
        }
        if (postgres != null) {
            postgres.close();
        }
        LOG.info("The local stack has stopped");
    }

    private void awaitStartupStep() {
        try {
            if (!startupFinished.await(STARTUP_ABORT_WAIT.toSeconds(), TimeUnit.SECONDS)) {
                LOG.warn("Startup did not stop within {} s; stopping what has started so far", STARTUP_ABORT_WAIT.toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Signals every process first and then waits for each, so they shut down in parallel. */
    private static void stopTogether(List<ChildProcess> processes) {
        Map<ChildProcess, List<ProcessHandle>> signalled = new LinkedHashMap<>();
        for (ChildProcess process : processes) {
            signalled.put(process, process.requestStop());
        }
        signalled.forEach((process, tree) -> {
            try {
                process.awaitStop(tree, STOP_GRACE);
            } catch (RuntimeException e) {
                LOG.warn("Stopping {} (pid {}) failed: {}", process.name(), process.pid(), e.toString());
            }
        });
    }

    /**
     * Returns the broker JVM's pid, or -1 when it cannot be found. {@link KafkaBroker} does not
     * expose it, so it is found by the config file in its command line. The command line is read
     * from /proc because {@code ProcessHandle.Info} cuts it at 4096 characters on Linux, shorter
     * than the broker's classpath.
     */
    private long brokerPid() {
        String config = data.kafkaDirectory().resolve("server.properties").toString();
        return ProcessHandle.current().children()
                .filter(child -> commandLineContains(child.pid(), config))
                .mapToLong(ProcessHandle::pid)
                .findFirst()
                .orElse(-1);
    }

    private static boolean commandLineContains(long pid, String text) {
        try {
            byte[] commandLine = Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline"));
            return new String(commandLine, StandardCharsets.UTF_8).contains(text);
        } catch (IOException e) {
            return false;
        }
    }

    private static Duration startupTime() {
        Instant launcherStart = ProcessHandle.current().info().startInstant().orElse(Instant.now());
        return Duration.between(launcherStart, Instant.now());
    }

    private static void awaitShutdown() {
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
