package com.dealercrm.bpo;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** A deployment pointed at the fake BPO CRM whose configuration has no API key. */
public class MissingApiKeyProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "dealer.bpo.url", FakeBpoCrmResource.fake().url(),
                "dealer.bpo.database", FakeBpoCrm.DATABASE,
                "dealer.bpo.login", FakeBpoCrm.LOGIN);
    }
}
