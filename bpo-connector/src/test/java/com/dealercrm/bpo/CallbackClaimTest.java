package com.dealercrm.bpo;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealercrm.bpo.service.CallbackJobService;
import com.dealercrm.testsupport.KafkaTestResource;
import com.dealercrm.testsupport.PostgresTestResource;
import com.dealercrm.testsupport.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** How replicas claim due jobs, called directly while this replica's own worker is off. */
@QuarkusTest
@TestProfile(WorkerDisabledProfile.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TestTokens.class)
@WithTestResource(FakeBpoCrmResource.class)
class CallbackClaimTest {

    @Inject
    CallbackJobService jobs;

    @Inject
    Vertx vertx;

    @Test
    void concurrentClaimsTakeEachJobOnce() throws Exception {
        Set<UUID> inserted = insertDueJobs(40);
        ExecutorService replicas = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<UUID>>> claims = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                claims.add(replicas.submit(this::claimUntilNoneDue));
            }
            List<UUID> claimed = new ArrayList<>();
            for (Future<List<UUID>> claim : claims) {
                claimed.addAll(claim.get(60, TimeUnit.SECONDS));
            }

            List<UUID> claimedOfTest = claimed.stream().filter(inserted::contains).toList();
            assertThat(claimedOfTest).doesNotHaveDuplicates();
            assertThat(Set.copyOf(claimedOfTest)).isEqualTo(inserted);
        } finally {
            replicas.shutdownNow();
        }
    }

    @Test
    void claimedJobIsNotClaimedAgain() {
        CallbackJobs.Row row = CallbackJobs.Row.pending(CallbackJobs.newBpoLeadId(), Instant.now().minusSeconds(1));
        CallbackJobs.insert(row);

        List<UUID> first = ids(onContext(() -> jobs.claimDue(1000)));
        List<UUID> second = ids(onContext(() -> jobs.claimDue(1000)));

        assertThat(first).contains(row.id());
        assertThat(second).doesNotContain(row.id());
    }

    @Test
    void expiredClaimIsClaimedAgain() {
        CallbackJobs.Row row = CallbackJobs.Row.pending(CallbackJobs.newBpoLeadId(), Instant.now().minusSeconds(60))
                .claimedUntil(Instant.now().minusSeconds(1));
        CallbackJobs.insert(row);

        List<UUID> claimed = ids(onContext(() -> jobs.claimDue(1000)));

        assertThat(claimed).contains(row.id());
    }

    @Test
    void futureJobIsNotClaimed() {
        CallbackJobs.Row row = CallbackJobs.Row.pending(CallbackJobs.newBpoLeadId(), Instant.now().plusSeconds(3600));
        CallbackJobs.insert(row);

        List<UUID> claimed = ids(onContext(() -> jobs.claimDue(1000)));

        assertThat(claimed).doesNotContain(row.id());
    }

    @Test
    void resultOfLostClaimIsDropped() {
        CallbackJobs.Row row = CallbackJobs.Row.pending(CallbackJobs.newBpoLeadId(), Instant.now().minusSeconds(1));
        CallbackJobs.insert(row);
        CallbackJob claimed = onContext(() -> jobs.claimDue(1000)).stream()
                .filter(job -> job.id.equals(row.id()))
                .findFirst()
                .orElseThrow();
        // Another replica claimed the job after this worker's claim expired.
        CallbackJobs.execute("UPDATE bpo_callback_job SET claim_token = ? WHERE id = ?", UUID.randomUUID(), row.id());

        onContext(() -> jobs.recordSuccess(claimed, Instant.now()));

        Map<String, Object> job = CallbackJobs.onlyJobOf(row.leadId());
        assertThat(job).containsEntry("status", "PENDING").containsEntry("attempts", 0);
        assertThat(CallbackJobs.detail(row.id()).getList("history")).isEmpty();
    }

    private List<UUID> claimUntilNoneDue() {
        List<UUID> claimed = new ArrayList<>();
        while (true) {
            List<UUID> batch = ids(onContext(() -> jobs.claimDue(3)));
            if (batch.isEmpty()) {
                return claimed;
            }
            claimed.addAll(batch);
        }
    }

    private static Set<UUID> insertDueJobs(int count) {
        Set<UUID> ids = new HashSet<>();
        for (int i = 0; i < count; i++) {
            CallbackJobs.Row row = CallbackJobs.Row.pending(CallbackJobs.newBpoLeadId(), Instant.now().minusSeconds(1));
            CallbackJobs.insert(row);
            ids.add(row.id());
        }
        return ids;
    }

    private static List<UUID> ids(List<CallbackJob> claimed) {
        return claimed.stream().map(job -> job.id).collect(Collectors.toList());
    }

    /** Runs a service call on its own safe Vert.x context, as the worker does, and waits for it. */
    private <T> T onContext(Supplier<Uni<T>> call) {
        Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        CompletableFuture<T> result = new CompletableFuture<>();
        context.runOnContext(ignored -> call.get().subscribe().with(result::complete, result::completeExceptionally));
        try {
            return result.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Service call failed", e);
        }
    }
}
