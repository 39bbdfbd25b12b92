package com.dealercrm.bpo.service;

import com.dealercrm.bpo.BpoConnection;
import com.dealercrm.bpo.client.BpoCallException;
import com.dealercrm.bpo.client.BpoCrmClient;
import com.dealercrm.bpo.client.ConnectionSettings;
import com.dealercrm.bpo.config.BpoConfig;
import com.dealercrm.bpo.repository.BpoConnectionRepository;
import com.dealercrm.platform.outbox.EventOutbox;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * The BPO CRM connection in effect: the settings an admin saved, else the configured ones. The
 * API key is never logged, because {@link ConnectionSettings#toString()} leaves it out.
 */
@ApplicationScoped
public class ConnectionService {

    /** The connection in effect, where it comes from, and who saved it. */
    public record CurrentConnection(ConnectionSettings settings, boolean saved, Instant updatedAt, String updatedBy) {
    }

    /** A request to save settings. A null {@code apiKey} keeps the current key. */
    public record ConnectionChange(String url, String database, String login, String apiKey) {
    }

    /** The result of a connection test: the user id, or the error. */
    public record TestResult(boolean ok, Integer uid, String error) {
    }

    private final BpoConnectionRepository connections;
    private final BpoCrmClient client;
    private final CircuitBreakerMaintenance circuitBreakers;
    private final EventOutbox outbox;
    private final BpoConfig config;

    public ConnectionService(BpoConnectionRepository connections, BpoCrmClient client, CircuitBreakerMaintenance circuitBreakers,
            EventOutbox outbox, BpoConfig config) {
        this.connections = connections;
        this.client = client;
        this.circuitBreakers = circuitBreakers;
        this.outbox = outbox;
        this.config = config;
    }

    @WithSession
    public Uni<CurrentConnection> current() {
        return connections.findSaved()
                .map(this::toCurrent);
    }

    @WithSession
    public Uni<ConnectionSettings> settings() {
        return current()
                .map(CurrentConnection::settings);
    }

    /** Saves the settings in place of the configured ones and closes the circuit breaker. */
    @WithTransaction
    public Uni<CurrentConnection> save(ConnectionChange change, String savedBy) {
        return connections.findSaved()
                .flatMap(saved -> {
                    BpoConnection row = saved != null ? saved : new BpoConnection();
                    row.id = BpoConnection.SINGLETON_ID;
                    row.url = change.url();
                    row.database = change.database();
                    row.login = change.login();
                    if (change.apiKey() != null) {
                        row.apiKey = change.apiKey();
                    }
                    row.updatedAt = outbox.now();
                    row.updatedBy = savedBy;
                    Log.infof("%s saved the BPO CRM connection %s (API key %s)", savedBy, row, change.apiKey() != null ? "replaced" : "kept");
                    return connections.persist(row);
                })
                .invoke(this::resetCircuitBreaker)
                .map(this::toCurrent);
    }

    /** Deletes the saved settings, so the configured ones apply again. */
    @WithTransaction
    public Uni<CurrentConnection> revert(String revertedBy) {
        return connections.deleteSaved()
                .invoke(deleted -> Log.infof("%s reverted the BPO CRM connection to its configuration (saved settings %s)",
                        revertedBy, deleted ? "deleted" : "absent"))
                .invoke(this::resetCircuitBreaker)
                .map(ignored -> toCurrent(null));
    }

    /** Authenticates with the connection in effect and reports the user id or the error. */
    public Uni<TestResult> test() {
        return settings()
                .flatMap(this::test);
    }

    private Uni<TestResult> test(ConnectionSettings settings) {
        if (!settings.hasApiKey()) {
            return Uni.createFrom().item(new TestResult(false, null, CallFailure.missingApiKey().message()));
        }
        return client.testConnection(settings)
                .map(uid -> new TestResult(true, uid, null))
                .onFailure().recoverWithItem(failure -> new TestResult(false, null, testError(settings, failure)));
    }

    private static String testError(ConnectionSettings settings, Throwable failure) {
        if (failure instanceof BpoCallException) {
            return failure.getMessage();
        }
        if (failure instanceof TimeoutException) {
            return "BPO CRM at " + settings.baseUrl() + " did not answer within the call timeout.";
        }
        Log.warnf("Testing the BPO CRM connection %s failed unexpectedly: %s", settings, failure.toString());
        return "Testing the connection failed unexpectedly: " + failure.getClass().getSimpleName();
    }

    private CurrentConnection toCurrent(BpoConnection saved) {
        if (saved == null) {
            ConnectionSettings configured = new ConnectionSettings(config.url(), config.database(), config.login(), config.apiKey().orElse(null));
            return new CurrentConnection(configured, false, null, null);
        }
        String apiKey = saved.apiKey != null ? saved.apiKey : config.apiKey().orElse(null);
        ConnectionSettings settings = new ConnectionSettings(saved.url, saved.database, saved.login, apiKey);
        return new CurrentConnection(settings, true, saved.updatedAt, saved.updatedBy);
    }

    private void resetCircuitBreaker() {
        circuitBreakers.reset(BpoCrmClient.CIRCUIT_BREAKER);
    }
}
