package com.dealercrm.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Polls an HTTP endpoint of a starting program until it responds. */
final class HttpReadiness {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(100);
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    private HttpReadiness() {
    }

    /**
     * Waits until {@code url} returns 200, or any status when {@code anyStatus} is set.
     *
     * @throws IllegalStateException when the process exits first, {@code cancelled} turns true or
     *     the timeout passes
     */
    static void await(ChildProcess process, URI url, boolean anyStatus, Duration timeout, BooleanSupplier cancelled) {
        long deadline = System.nanoTime() + timeout.toNanos();
        String lastOutcome = "no answer";
        while (System.nanoTime() < deadline) {
            if (cancelled.getAsBoolean()) {
                throw new IllegalStateException("Startup was cancelled while waiting for " + process.name());
            }
            if (!process.isAlive()) {
                throw new IllegalStateException(process.name() + " exited with code " + process.exitCode()
                        + " while starting; see " + process.logFile());
            }
            try {
                int status = get(url);
                if (status == 200 || anyStatus) {
                    return;
                }
                lastOutcome = "HTTP " + status;
            } catch (IOException e) {
                lastOutcome = e.toString();
            }
            sleep(POLL_INTERVAL);
        }
        throw new IllegalStateException(process.name() + " was not ready within " + timeout.toSeconds() + " s (" + url
                + " returned " + lastOutcome + "); see " + process.logFile());
    }

    private static int get(URI url) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(Duration.ofSeconds(5))
                .GET()
                .build();
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while polling " + url, e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a program to start", e);
        }
    }
}
