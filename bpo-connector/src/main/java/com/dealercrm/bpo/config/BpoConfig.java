package com.dealercrm.bpo.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Settings of the BPO CRM connection and of the callback jobs ({@code dealer.bpo.*}). */
@ConfigMapping(prefix = "dealer.bpo")
public interface BpoConfig {

    /** Base URL of BPO CRM. Calls go to {@code <url>/jsonrpc}. */
    @WithDefault("http://127.0.0.1:8069")
    String url();

    /** The Odoo database name. */
    @WithDefault("bpo")
    String database();

    @WithDefault("dealer-sync")
    String login();

    /** The API key of {@code login}, a secret from BPO_API_KEY. */
    Optional<String> apiKey();

    /** Attempts of a job before it is FAILED. A manual retry grants this many again. */
    @WithDefault("8")
    int maxAttempts();

    Backoff backoff();

    Worker worker();

    /** Delay before attempt n+1: {@code initial * 2^(n-1)}, at most {@code max}, spread by {@code jitter}. */
    interface Backoff {

        @WithDefault("30s")
        Duration initial();

        @WithDefault("30m")
        Duration max();

        /** Fraction of the delay added or removed at random, from 0 to 1. */
        @WithDefault("0.2")
        double jitter();
    }

    /** The loop that claims due jobs and calls BPO CRM. */
    interface Worker {

        /** False on a replica that must not call BPO CRM. Its API and consumer still run. */
        @WithDefault("true")
        boolean enabled();

        @WithDefault("2s")
        Duration pollInterval();

        /** Max jobs one replica runs per poll, one at a time. */
        @WithDefault("20")
        int batchSize();

        /** Time a claimed job is reserved for its worker. It must exceed the call timeout. */
        @WithDefault("2m")
        Duration claimDuration();
    }
}
