package com.dealercrm.bpo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.dealercrm.bpo.client.BpoCrmClient;
import com.dealercrm.events.BpoCallbackEvents;
import com.dealercrm.events.EventEnvelope;
import com.dealercrm.testsupport.KafkaTestResource;
import com.dealercrm.testsupport.PostgresTestResource;
import com.dealercrm.testsupport.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Jobs that an earlier run or another replica left in the database, and the circuit breaker. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TestTokens.class)
@WithTestResource(FakeBpoCrmResource.class)
class CallbackResumeTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private final FakeBpoCrm bpo = FakeBpoCrmResource.fake();

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    @BeforeEach
    void resetBpo() {
        bpo.reset();
    }

    @Test
    void jobLeftMidBackoffIsResumed() {
        long bpoLeadId = CallbackJobs.newBpoLeadId();
        bpo.addLead(bpoLeadId, "LEAD/09999");
        Instant now = Instant.now();
        // A replica that stopped while it held the claim, after three failed attempts.
        CallbackJobs.Row row = CallbackJobs.Row.pending(bpoLeadId, now.minus(5, ChronoUnit.MINUTES))
                .withAttempts(3, "Calling BPO CRM failed: Connection refused")
                .claimedUntil(now.minus(10, ChronoUnit.SECONDS));

        CallbackJobs.insert(row);

        await().atMost(WAIT).until(() -> CallbackJobs.hasStatus(row.leadId(), "SUCCEEDED"));
        assertThat(CallbackJobs.onlyJobOf(row.leadId())).containsEntry("attempts", 4);
        assertThat(bpo.lead(bpoLeadId).stage).isEqualTo("won");
        assertThat(bpo.lead(bpoLeadId).appliedPayload.get("dealer_lead_ref").asText()).isEqualTo("DLEAD/09999");
        assertThat(bpo.lead(bpoLeadId).appliedPayload.get("dealer_so_ref").asText()).isEqualTo("SO09999");
        await().atMost(WAIT).until(() -> !LeadEventsTopic.callbackEvents(row.leadId()).isEmpty());
        assertThat(LeadEventsTopic.callbackEvents(row.leadId())).extracting(EventEnvelope::type).containsExactly(BpoCallbackEvents.SUCCEEDED);
    }

    @Test
    void jobRunsOnlyWhenDue() {
        long bpoLeadId = CallbackJobs.newBpoLeadId();
        bpo.addLead(bpoLeadId, "LEAD/09999");
        Instant due = Instant.now().plusSeconds(2).truncatedTo(ChronoUnit.MICROS);
        CallbackJobs.Row row = CallbackJobs.Row.pending(bpoLeadId, due).withAttempts(1, "BPO CRM answered HTTP 503.");

        CallbackJobs.insert(row);

        await().atMost(WAIT).until(() -> CallbackJobs.hasStatus(row.leadId(), "SUCCEEDED"));
        JsonPath detail = CallbackJobs.detail(row.id());
        assertThat(Instant.parse(detail.getString("history[0].startedAt"))).isAfterOrEqualTo(due);
    }

    @Test
    void claimHeldByOtherReplicaIsRespected() {
        long bpoLeadId = CallbackJobs.newBpoLeadId();
        bpo.addLead(bpoLeadId, "LEAD/09999");
        Instant now = Instant.now();
        Instant claimedUntil = now.plusSeconds(2).truncatedTo(ChronoUnit.MICROS);
        CallbackJobs.Row row = CallbackJobs.Row.pending(bpoLeadId, now.minusSeconds(30)).claimedUntil(claimedUntil);

        CallbackJobs.insert(row);

        await().atMost(WAIT).until(() -> CallbackJobs.hasStatus(row.leadId(), "SUCCEEDED"));
        JsonPath detail = CallbackJobs.detail(row.id());
        assertThat(detail.getList("history")).hasSize(1);
        assertThat(Instant.parse(detail.getString("history[0].startedAt"))).isAfterOrEqualTo(claimedUntil);
    }

    @Test
    void circuitBreakerPausesCalls() {
        bpo.stop();
        List<CallbackJobs.Row> rows = new ArrayList<>();
        try (LogCapture logs = LogCapture.start()) {
            for (int i = 0; i < 6; i++) {
                long bpoLeadId = CallbackJobs.newBpoLeadId();
                bpo.addLead(bpoLeadId, "LEAD/09999");
                CallbackJobs.Row row = CallbackJobs.Row.pending(bpoLeadId, Instant.now().minusSeconds(1));
                rows.add(row);
                CallbackJobs.insert(row);
            }

            await().atMost(WAIT).until(() -> circuitBreakers.currentState(BpoCrmClient.CIRCUIT_BREAKER) == CircuitBreakerState.OPEN);
            await().atMost(WAIT).until(() -> logs.contains("circuit breaker open"));
            assertThat(logs.messages()).anyMatch(message -> message.contains("postponed")
                    && rows.stream().anyMatch(row -> message.contains(row.id().toString())));
        }

        bpo.start();

        for (CallbackJobs.Row row : rows) {
            await().atMost(WAIT).until(() -> CallbackJobs.hasStatus(row.leadId(), "SUCCEEDED"));
            Map<String, Object> job = CallbackJobs.onlyJobOf(row.leadId());
            assertThat(CallbackJobs.detail(row.id()).getList("history")).hasSize((Integer) job.get("attempts"));
        }
    }
}
