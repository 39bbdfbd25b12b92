package com.dealercrm.bposimulator.config;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;
import java.util.Optional;

/** Settings of the BPO CRM simulator ({@code bpo.*}). */
@ConfigMapping(prefix = "bpo")
public interface SimulatorConfig {

    /** The only database name that authenticates. */
    String database();

    /** The only login that authenticates. */
    String login();

    /** The API key of {@code login}. */
    String apiKey();

    /** The user id that {@code common.authenticate} returns. */
    int uid();

    /** Base of the links to BPO leads sent with endorsements. */
    String publicUrl();

    Sim sim();

    Dealer dealer();

    interface Sim {

        /** How long a call failed with mode {@code timeout} is held before its connection is closed. */
        Duration hold();
    }

    /** The dealer API that the endorse command posts to, and the Keycloak client it signs in with. */
    interface Dealer {

        String url();

        String tokenUrl();

        String clientId();

        Optional<String> clientSecret();

        /** Timeout of each call to Keycloak and to the dealer API. */
        Duration timeout();
    }
}
