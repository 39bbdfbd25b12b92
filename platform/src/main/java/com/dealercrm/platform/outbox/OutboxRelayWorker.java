package com.dealercrm.platform.outbox;

import com.dealercrm.events.EventEnvelope;
import io.quarkus.logging.Log;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.postgresql.PGConnection;

/**
 * Publishes outbox rows to Kafka in id order, at least once.
 *
 * <p>The worker runs on its own thread. It publishes only while it holds a PostgreSQL advisory
 * lock on its own connection, so with several replicas one relay publishes at a time and the
 * events of an aggregate keep their order. It sends one record at a time and marks a row
 * published only after Kafka acknowledged it. It waits for a NOTIFY from the outbox trigger, so
 * a committed event is published within milliseconds, and polls as a fallback. When Kafka fails
 * it keeps the rows, backs off and retries.
 */
public final class OutboxRelayWorker implements Runnable {

    /** Advisory lock key shared by every relay of one database ("OUTBOX" in ASCII). */
    public static final long LOCK_KEY = 0x4F5554424F58L;

    private static final String SELECT_BATCH =
            "SELECT id, event_id, topic, message_key, event_type, payload FROM outbox_message "
                    + "WHERE published_at IS NULL ORDER BY id LIMIT ?";
    private static final String MARK_PUBLISHED =
            "UPDATE outbox_message SET published_at = now() WHERE id = ANY (?)";
    private static final String COUNT_BACKLOG = "SELECT count(*) FROM outbox_message WHERE published_at IS NULL";
    private static final String DELETE_OLD =
            "DELETE FROM outbox_message WHERE published_at < now() - make_interval(secs => ?)";

    private final String name;
    private final DataSource dataSource;
    private final Producer<String, String> producer;
    private final RelaySettings settings;
    private volatile boolean running = true;
    private volatile boolean leader;
    private Connection connection;
    private Duration backoff;
    private long lastCleanup;

    /** Timing and size settings of a relay. */
    public record RelaySettings(
            Duration pollInterval,
            int batchSize,
            Duration sendTimeout,
            Duration minBackoff,
            Duration maxBackoff,
            Duration retention) {
    }

    public OutboxRelayWorker(String name, DataSource dataSource, Producer<String, String> producer, RelaySettings settings) {
        this.name = name;
        this.dataSource = dataSource;
        this.producer = producer;
        this.settings = settings;
        this.backoff = settings.minBackoff();
    }

    public void stop() {
        running = false;
    }

    public boolean isLeader() {
        return leader;
    }

    @Override
    public void run() {
        Log.infof("Outbox relay %s started", name);
        while (running) {
            try {
                if (!ensureLeader()) {
                    sleep(settings.pollInterval());
                    continue;
                }
                int published = drain();
                cleanUp();
                if (published >= 0) {
                    backoff = settings.minBackoff();
                    awaitNotification();
                }
            } catch (SQLException e) {
                Log.warnf("Outbox relay %s lost its database connection, reconnecting in %s: %s", name, backoff, e.getMessage());
                release();
                sleepBackoff();
            } catch (RuntimeException e) {
                Log.errorf(e, "Outbox relay %s failed unexpectedly, retrying in %s", name, backoff);
                release();
                sleepBackoff();
            }
        }
        release();
        Log.infof("Outbox relay %s stopped", name);
    }

    private boolean ensureLeader() throws SQLException {
        if (connection != null) {
            return true;
        }
        Connection candidate = dataSource.getConnection();
        boolean locked = false;
        try {
            candidate.setAutoCommit(true);
            try (PreparedStatement statement = candidate.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
                statement.setLong(1, LOCK_KEY);
                try (ResultSet result = statement.executeQuery()) {
                    locked = result.next() && result.getBoolean(1);
                }
            }
            if (locked) {
                try (Statement statement = candidate.createStatement()) {
                    statement.execute("LISTEN outbox_message");
                }
                connection = candidate;
                leader = true;
                Log.infof("Outbox relay %s is now the publishing relay", name);
            }
            return locked;
        } finally {
            if (!locked) {
                candidate.close();
            }
        }
    }

    /** Publishes every unpublished row; returns the count, or -1 after a Kafka failure. */
    private int drain() throws SQLException {
        int total = 0;
        while (running) {
            List<Row> batch = selectBatch();
            if (batch.isEmpty()) {
                return total;
            }
            List<Long> sent = new ArrayList<>(batch.size());
            for (Row row : batch) {
                try {
                    send(row);
                    sent.add(row.id());
                } catch (ExecutionException | TimeoutException | RuntimeException e) {
                    markPublished(sent);
                    Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
                    Log.warnf("Outbox relay %s failed to publish event %s to %s, %d event(s) waiting; retrying in %s: %s",
                            name, row.eventId(), row.topic(), backlog(), backoff, cause.toString());
                    sleepBackoff();
                    return -1;
                }
            }
            markPublished(sent);
            total += sent.size();
            if (batch.size() < settings.batchSize()) {
                return total;
            }
        }
        return total;
    }

    private void send(Row row) throws ExecutionException, TimeoutException {
        ProducerRecord<String, String> record = new ProducerRecord<>(row.topic(), row.key(), row.payload());
        record.headers().add("content-type", EventEnvelope.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_type", row.type().getBytes(StandardCharsets.UTF_8));
        try {
            producer.send(record).get(settings.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while publishing", e);
        }
    }

    private List<Row> selectBatch() throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(SELECT_BATCH)) {
            statement.setInt(1, settings.batchSize());
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(new Row(result.getLong(1), result.getString(2), result.getString(3),
                            result.getString(4), result.getString(5), result.getString(6)));
                }
            }
        }
        return rows;
    }

    private void markPublished(List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(MARK_PUBLISHED)) {
            Array array = connection.createArrayOf("bigint", ids.toArray());
            statement.setArray(1, array);
            statement.executeUpdate();
        }
        Log.debugf("Outbox relay %s published %d event(s)", name, ids.size());
    }

    private long backlog() {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(COUNT_BACKLOG)) {
            return result.next() ? result.getLong(1) : -1;
        } catch (SQLException e) {
            return -1;
        }
    }

    private void cleanUp() throws SQLException {
        long now = System.currentTimeMillis();
        if (now - lastCleanup < Duration.ofMinutes(10).toMillis()) {
            return;
        }
        lastCleanup = now;
        try (PreparedStatement statement = connection.prepareStatement(DELETE_OLD)) {
            statement.setLong(1, settings.retention().toSeconds());
            int deleted = statement.executeUpdate();
            if (deleted > 0) {
                Log.debugf("Outbox relay %s removed %d published event(s) older than %s", name, deleted, settings.retention());
            }
        }
    }

    private void awaitNotification() throws SQLException {
        PGConnection pg = connection.unwrap(PGConnection.class);
        pg.getNotifications((int) settings.pollInterval().toMillis());
    }

    private void release() {
        leader = false;
        if (connection != null) {
            // The pool keeps the physical connection open, and a session-level advisory lock would
            // stay with it, so the lock and the LISTEN are ended before the connection goes back.
            try (Statement statement = connection.createStatement()) {
                statement.execute("SELECT pg_advisory_unlock_all()");
                statement.execute("UNLISTEN *");
            } catch (SQLException e) {
                Log.debugf("Releasing the relay lock failed, so the connection is likely gone with it: %s", e.getMessage());
            }
            try {
                connection.close();
            } catch (SQLException e) {
                Log.debugf("Closing the relay connection failed: %s", e.getMessage());
            }
            connection = null;
        }
    }

    private void sleepBackoff() {
        sleep(backoff);
        long next = Math.min(backoff.toMillis() * 2, settings.maxBackoff().toMillis());
        backoff = Duration.ofMillis(next);
    }

    private void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private record Row(long id, String eventId, String topic, String key, String type, String payload) {
    }
}
