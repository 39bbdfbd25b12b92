package com.dealercrm.bpo;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** A replica whose worker does not run, so a test alone claims and records jobs. */
public class WorkerDisabledProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("dealer.bpo.worker.enabled", "false");
    }
}
