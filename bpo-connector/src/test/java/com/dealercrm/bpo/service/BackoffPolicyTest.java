package com.dealercrm.bpo.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BackoffPolicyTest {

    private final BackoffPolicy defaults = new BackoffPolicy(Duration.ofSeconds(30), Duration.ofMinutes(30), 0.2);

    @Test
    void delayDoublesUpToMax() {
        assertThat(defaults.baseMillis(1)).isEqualTo(30_000);
        assertThat(defaults.baseMillis(2)).isEqualTo(60_000);
        assertThat(defaults.baseMillis(3)).isEqualTo(120_000);
        assertThat(defaults.baseMillis(6)).isEqualTo(960_000);
        assertThat(defaults.baseMillis(7)).isEqualTo(1_800_000);
        assertThat(defaults.baseMillis(40)).isEqualTo(1_800_000);
    }

    @Test
    void defaultsSpreadEightAttemptsOverAboutAnHour() {
        long total = 0;
        for (int attempt = 1; attempt < 8; attempt++) {
            total += defaults.baseMillis(attempt);
        }

        assertThat(Duration.ofMillis(total)).isBetween(Duration.ofMinutes(55), Duration.ofMinutes(65));
    }

    @Test
    void jitterStaysWithinFraction() {
        assertThat(defaults.delayAfter(2, -1)).isEqualTo(Duration.ofSeconds(48));
        assertThat(defaults.delayAfter(2, 0)).isEqualTo(Duration.ofSeconds(60));
        assertThat(defaults.delayAfter(2, 1)).isEqualTo(Duration.ofSeconds(72));
        for (int i = 0; i < 1000; i++) {
            assertThat(defaults.delayAfter(3)).isBetween(Duration.ofSeconds(96), Duration.ofSeconds(144));
        }
    }

    @Test
    void randomDelaysDiffer() {
        long distinct = IntStream.range(0, 50)
                .mapToObj(i -> defaults.delayAfter(4))
                .distinct()
                .count();

        assertThat(distinct).isGreaterThan(1);
    }

    @Test
    void jitterOutsideRangeIsRejected() {
        assertThatThrownBy(() -> new BackoffPolicy(Duration.ofSeconds(1), Duration.ofSeconds(10), 1.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1.5");
    }
}
