package com.dealercrm.bposimulator.service;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The failure knobs of {@code /jsonrpc}: down (respond with 503, or close the connection), slow
 * (delay every response), and fail the next N calls in a given mode. The {@code /sim} paths are never
 * affected, so the simulator can always be brought back up.
 */
@ApplicationScoped
public class SimulatorKnobs {

    /** The behavior of the endpoint while it is down. */
    public enum DownMode {
        /** HTTP 503 with an HTML body, as a reverse proxy in front of a stopped Odoo responds. */
        HTTP503,
        /** The connection is closed without a response. */
        CLOSE
    }

    /** The failure of one of the next calls. */
    public enum FailMode {
        HTTP500,
        /** No response until the hold time passes, then the connection is closed. */
        TIMEOUT,
        CLOSE,
        /** Odoo's error code 100 in the JSON-RPC envelope. */
        SESSION_EXPIRED
    }

    /** The handling of the next call. */
    public record Action(DownMode down, FailMode failure, long delayMillis) {
    }

    /** The knobs as {@code GET /sim/state} shows them. */
    public record State(boolean down, DownMode downMode, long slowMillis, List<FailMode> failNext) {
    }

    private DownMode down;
    private long slowMillis;
    private final List<FailMode> failNext = new ArrayList<>();

    /** Returns the action for the next call and uses up one queued failure. */
    public synchronized Action next() {
        if (down != null) {
            return new Action(down, null, 0);
        }
        FailMode failure = failNext.isEmpty() ? null : failNext.remove(0);
        return new Action(null, failure, slowMillis);
    }

    public synchronized void down(DownMode mode) {
        down = mode;
        Log.infof("BPO CRM simulator is down (%s)", mode);
    }

    public synchronized void up() {
        down = null;
        Log.info("BPO CRM simulator is up");
    }

    public synchronized void slow(long millis) {
        slowMillis = millis;
        Log.infof("BPO CRM simulator responds after a delay of %d ms", millis);
    }

    public synchronized void failNext(int count, FailMode mode) {
        for (int i = 0; i < count; i++) {
            failNext.add(mode);
        }
        Log.infof("BPO CRM simulator fails the next %d call(s) with %s", count, mode);
    }

    public synchronized void reset() {
        down = null;
        slowMillis = 0;
        failNext.clear();
    }

    public synchronized State state() {
        return new State(down != null, down, slowMillis, List.copyOf(failNext));
    }

    /** Parses a mode such as {@code http500} or {@code session-expired}. */
    public static <E extends Enum<E>> E parse(Class<E> type, String value) {
        return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
