package com.dealercrm.bpo;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Starts one {@link FakeBpoCrm} per test JVM and points the configured BPO CRM connection at it. */
public class FakeBpoCrmResource implements QuarkusTestResourceLifecycleManager {

    private static FakeBpoCrm fake;

    public static synchronized FakeBpoCrm fake() {
        if (fake == null) {
            fake = new FakeBpoCrm();
            fake.start();
        }
        return fake;
    }

    @Override
    public Map<String, String> start() {
        return Map.of(
                "dealer.bpo.url", fake().url(),
                "dealer.bpo.database", FakeBpoCrm.DATABASE,
                "dealer.bpo.login", FakeBpoCrm.LOGIN,
                "dealer.bpo.api-key", FakeBpoCrm.API_KEY);
    }

    @Override
    public void stop() {
        // The fake lives as long as the test JVM, so later test classes reuse it.
    }
}
