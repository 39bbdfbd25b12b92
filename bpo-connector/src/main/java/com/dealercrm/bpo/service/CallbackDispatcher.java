package com.dealercrm.bpo.service;

import com.dealercrm.bpo.config.BpoConfig;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Polls for due callback jobs from startup to shutdown, so jobs left PENDING by an earlier run
 * or another replica are picked up. One poll runs at a time per replica.
 */
@ApplicationScoped
public class CallbackDispatcher {

    private final Vertx vertx;
    private final CallbackWorker worker;
    private final BpoConfig.Worker settings;
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile boolean started;
    private long timerId = -1;

    public CallbackDispatcher(Vertx vertx, CallbackWorker worker, BpoConfig config) {
        this.vertx = vertx;
        this.worker = worker;
        this.settings = config.worker();
    }

    void onStart(@Observes StartupEvent event) {
        if (!settings.enabled()) {
            Log.info("BPO callback worker is disabled (dealer.bpo.worker.enabled=false), so jobs wait for another replica");
            return;
        }
        started = true;
        timerId = vertx.setPeriodic(0, settings.pollInterval().toMillis(), ignored -> poll());
        Log.infof("BPO callback worker started, polling every %s", settings.pollInterval());
    }

    void onStop(@Observes ShutdownEvent event) {
        started = false;
        if (timerId >= 0) {
            vertx.cancelTimer(timerId);
            Log.info("BPO callback worker stopped. Its claimed jobs are released when their claims expire");
        }
    }

    /** Polls now instead of at the next interval, for jobs a manager just retried. */
    public void pollNow() {
        if (started) {
            vertx.runOnContext(ignored -> poll());
        }
    }

    private void poll() {
        if (!started || !running.compareAndSet(false, true)) {
            return;
        }
        Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        context.runOnContext(ignored -> Uni.createFrom().deferred(() -> worker.runDue(settings.batchSize()))
                .onTermination().invoke(() -> running.set(false))
                .subscribe().with(
                        count -> logRun(count),
                        failure -> Log.warnf("Running due BPO callback jobs failed, trying again at the next poll: %s", failure.toString())));
    }

    private static void logRun(int count) {
        if (count > 0) {
            Log.debugf("Ran %d BPO callback job(s)", count);
        }
    }
}
