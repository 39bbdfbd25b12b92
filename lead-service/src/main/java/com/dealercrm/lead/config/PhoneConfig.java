package com.dealercrm.lead.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings for parsing customer mobile numbers. */
@ConfigMapping(prefix = "dealer.phone")
public interface PhoneConfig {

    /**
     * The ISO 3166-1 alpha-2 country assumed for a number written without a country code, such
     * as {@code 0170 1234567}.
     */
    @WithDefault("DE")
    String defaultRegion();
}
