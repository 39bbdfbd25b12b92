package com.dealercrm.bpo.service;

import com.dealercrm.bpo.config.BpoConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with jitter between the attempts of a callback job. With the defaults
 * (30s doubling up to 30m, 8 attempts) the seven waits add up to about an hour.
 */
@ApplicationScoped
public class BackoffPolicy {

    private final Duration initial;
    private final Duration max;
    private final double jitter;

    @Inject
    public BackoffPolicy(BpoConfig config) {
        this(config.backoff().initial(), config.backoff().max(), config.backoff().jitter());
    }

    BackoffPolicy(Duration initial, Duration max, double jitter) {
        if (jitter < 0 || jitter > 1) {
            throw new IllegalArgumentException("dealer.bpo.backoff.jitter must be between 0 and 1, not " + jitter);
        }
        this.initial = initial;
        this.max = max;
        this.jitter = jitter;
    }

    /** Returns the wait after the given attempt (1 for the first), jittered at random. */
    public Duration delayAfter(int attempt) {
        return delayAfter(attempt, ThreadLocalRandom.current().nextDouble(-1, 1));
    }

    /** Returns the wait after {@code attempt} for a random factor {@code spread} from -1 to 1. */
    Duration delayAfter(int attempt, double spread) {
        long base = baseMillis(attempt);
        long jittered = Math.round(base * (1 + jitter * spread));
        return Duration.ofMillis(Math.max(1, jittered));
    }

    /** Returns {@code initial * 2^(attempt-1)}, capped at {@code max}. */
    long baseMillis(int attempt) {
        int doublings = Math.max(0, Math.min(attempt - 1, 30));
        long delay = initial.toMillis() << doublings;
        return Math.min(delay, max.toMillis());
    }
}
