package com.dealercrm.bposimulator.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** The latest JSON-RPC calls the simulator received, without their API keys, for watching a test run. */
@ApplicationScoped
public class CallLog {

    static final int MAX_ENTRIES = 500;

    /** One call. {@code target} is {@code model.method} for execute_kw, and {@code response} is "result", an error name or an HTTP status. */
    public record Entry(Instant at, String service, String method, String target, String response) {
    }

    private final Deque<Entry> entries = new ArrayDeque<>();

    public synchronized void add(Entry entry) {
        entries.addLast(entry);
        if (entries.size() > MAX_ENTRIES) {
            entries.removeFirst();
        }
    }

    public synchronized List<Entry> entries() {
        return List.copyOf(entries);
    }

    public synchronized void clear() {
        entries.clear();
    }
}
