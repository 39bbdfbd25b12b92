package com.dealercrm.system;

import static com.dealercrm.system.DealerApi.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Many endorsed leads pushed through the whole flow at once, by two agents on a bounded thread
 * pool: every lead is won, every BPO lead is updated exactly once, and every chatter timeline
 * has each step once and in order. The system properties {@code system.concurrent-leads}
 * (default 200) and {@code system.concurrent-threads} (default 16) set the load. The test prints
 * the wall time and throughput but asserts nothing about them.
 */
class ConcurrentLeadsIT {

    private static final int LEADS = Integer.getInteger("system.concurrent-leads", 200);
    private static final int THREADS = Integer.getInteger("system.concurrent-threads", 16);
    private static final Duration PATIENCE = Duration.ofMinutes(5);
    private static final List<String> AGENTS = List.of("agent1", "agent2");

    private static LocalStackProcess stack;
    private static SaleFlow flow;
    private static String brandId;
    private static String productId;
    private static ExecutorService pool;

    /** A lead that was marked won, with the user who owns it and the names the chatter mentions. */
    private record WonLead(SaleFlow.Endorsed lead, String owner, SaleFlow.Order order, String pickingName, String bpoReference) {
    }

    /** One message the chatter of a won lead must contain exactly once, in this order. */
    private record Expected(String description, Predicate<String> matches) {
    }

    @BeforeAll
    static void startStack() {
        stack = LocalStackProcess.shared();
        flow = new SaleFlow(stack, PATIENCE);
        brandId = flow.seedCatalog().brandId();
        productId = flow.api().post(SaleFlow.MANAGER, "/api/products", object(
                "brandId", brandId, "name", "Corolla Cross Hybrid " + System.nanoTime(), "listPrice", "32990.00", "deliverable", true), 201)
                .path("id").asText();
        flow.api().post(SaleFlow.MANAGER, "/api/stock/adjustments", object("productId", productId, "quantity", LEADS + 100), 200);
        pool = Executors.newFixedThreadPool(THREADS);
    }

    @AfterAll
    static void stopPool() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    @Test
    void concurrentLeadsAreAllWon() {
        Instant started = Instant.now();
        long startNanos = System.nanoTime();

        List<WonLead> won = runAll(LEADS, ConcurrentLeadsIT::winLead);
        Duration winTime = Duration.ofNanos(System.nanoTime() - startNanos);
        runAll(won.size(), i -> verify(won.get(i)));
        Duration totalTime = Duration.ofNanos(System.nanoTime() - startNanos);

        long convertedBeforeTheRequest = won.stream().filter(lead -> lead.order().status() == 200).count();
        System.out.printf(Locale.ROOT, "%d leads won with %d threads in %.1f s (%.1f leads/min); BPO sync and chatter complete after %.1f s%n",
                LEADS, THREADS, winTime.toMillis() / 1000.0, LEADS * 60_000.0 / winTime.toMillis(), totalTime.toMillis() / 1000.0);
        System.out.printf("%d of %d first conversions returned 200 instead of 201 because the order's created event linked it first%n",
                convertedBeforeTheRequest, LEADS);
        assertSimulatorCallsExactlyOnce(started);
    }

    /** Takes one endorsed lead from BPO CRM's endorsement to Won. */
    private static WonLead winLead(int number) {
        String owner = AGENTS.get(number % AGENTS.size());
        SaleFlow.Endorsed lead = flow.endorse("Concurrent Customer " + number, brandId, productId);
        flow.claim(owner, lead.leadId());
        SaleFlow.Order order = flow.convert(owner, lead.leadId());
        flow.confirm(owner, order.id());
        JsonNode picking = flow.awaitPicking(owner, order.id());
        flow.deliver(owner, picking.path("id").asText());
        flow.awaitMarkWonAction(owner, lead.leadId());
        DealerApi.Response won = flow.markWon(owner, lead.leadId());
        if (won.status() != 200) {
            throw new IllegalStateException("Mark Won of " + lead.reference() + " returned " + won.status() + ": " + won.body());
        }
        String bpoReference = flow.lead(owner, lead.leadId()).path("bpoSourceReference").asText();
        return new WonLead(lead, owner, order, picking.path("name").asText(), bpoReference);
    }

    /** Checks the BPO side, bpo-connector's job and the chatter of one won lead, and returns the lead. */
    private static WonLead verify(WonLead won) {
        SaleFlow.Endorsed lead = won.lead();
        JsonNode bpoLead = flow.awaitBpoStage(lead.bpoLeadId(), "won");
        assertThat(bpoLead.path("dealer_so_ref").asText()).as("dealer order of BPO lead %d", lead.bpoLeadId()).isEqualTo(won.order().name());
        assertThat(flow.bpoMessages(lead.bpoLeadId()).stream().filter(body -> body.contains(" won")))
                .as("won lines in the chatter of BPO lead %d", lead.bpoLeadId()).hasSize(1);
        JsonNode orders = flow.saleOrdersOf(won.owner(), lead.leadId());
        assertThat(orders).as("sale orders of %s", lead.reference()).hasSize(1);
        assertThat(orders.get(0).path("id").asText()).as("sale order of %s", lead.reference()).isEqualTo(won.order().id());
        JsonNode synced = flow.awaitSync(won.owner(), lead.leadId(), "SYNCED");
        assertThat(synced.path("stage").asText()).isEqualTo("WON");
        JsonNode jobs = flow.callbackJobs(lead.leadId());
        assertThat(jobs).as("BPO callback jobs of %s", lead.reference()).hasSize(1);
        assertThat(jobs.get(0).path("status").asText()).as("BPO callback job of %s", lead.reference()).isEqualTo("SUCCEEDED");
        assertTimelineComplete(won);
        return won;
    }

    private static void assertTimelineComplete(WonLead won) {
        List<Expected> expected = expectedMessages(won);
        List<JsonNode> messages = flow.await("the complete chatter of " + won.lead().reference(),
                () -> flow.timeline(won.owner(), won.lead().leadId()),
                timeline -> expected.stream().allMatch(message -> SaleFlow.bodies(timeline).stream().anyMatch(message.matches())));
        List<String> bodies = SaleFlow.bodies(messages);
        int previous = -1;
        for (Expected message : expected) {
            List<Integer> positions = new ArrayList<>();
            for (int i = 0; i < bodies.size(); i++) {
                if (message.matches().test(bodies.get(i))) {
                    positions.add(i);
                }
            }
            assertThat(positions).as("positions of \"%s\" in the chatter of %s: %s", message.description(), won.lead().reference(), bodies)
                    .hasSize(1);
            assertThat(positions.get(0)).as("position of \"%s\" in the chatter of %s: %s", message.description(), won.lead().reference(), bodies)
                    .isGreaterThan(previous);
            previous = positions.get(0);
        }
        List<String> eventIds = messages.stream().map(message -> message.path("eventId").asText()).toList();
        assertThat(eventIds).as("event ids in the chatter of %s", won.lead().reference()).doesNotHaveDuplicates();
    }

    /** Returns the messages of a won endorsed lead's chatter in causal order, because each step starts after the one before it committed. */
    private static List<Expected> expectedMessages(WonLead won) {
        String order = won.order().name();
        String picking = won.pickingName();
        return List.of(
                new Expected("Lead endorsed from BPO CRM", body -> body.startsWith("Lead endorsed from BPO CRM")),
                new Expected("Lead claimed by", body -> body.startsWith("Lead claimed by")),
                new Expected("Quotation " + order + " created from this lead.", ("Quotation " + order + " created from this lead.")::equals),
                new Expected("Quotation " + order + " confirmed", body -> body.startsWith("Quotation " + order + " confirmed as a sales order")),
                new Expected("Delivery order " + picking + " created", body -> body.startsWith("Delivery order " + picking + " created for " + order)),
                new Expected("Check Availability reserved stock", ("Check Availability reserved stock for delivery order " + picking + ".")::equals),
                new Expected("Delivery order " + picking + " validated", body -> body.startsWith("Delivery order " + picking + " validated by")),
                new Expected("Stage changed from Negotiation to Won.", "Stage changed from Negotiation to Won."::equals),
                new Expected("BPO CRM source lead updated to won", ("BPO CRM source lead " + won.bpoReference() + " updated to won.")::equals));
    }

    /**
     * Checks that the simulator logged exactly one successful callback call per lead, when its
     * call log (the latest 500 calls) still reaches back to the start of the run.
     */
    private static void assertSimulatorCallsExactlyOnce(Instant started) {
        List<SaleFlow.BpoCall> calls = flow.bpoCalls();
        if (calls.size() >= 500 && !calls.get(0).at().isBefore(started)) {
            System.out.printf("The simulator's call log holds only the latest %d calls, so the callback calls were not counted%n", calls.size());
            return;
        }
        assertThat(flow.successfulCallbacksSince(started)).as("successful callback calls since the start").isEqualTo(LEADS);
    }

    /** Runs {@code task} for 0 to count - 1 on the pool and returns the results. Raises an AssertionError with the first failures if any task failed. */
    private static <T> List<T> runAll(int count, Function<Integer, T> task) {
        List<Future<T>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int number = i;
            futures.add(pool.submit(() -> task.apply(number)));
        }
        List<T> results = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (Future<T> future : futures) {
            try {
                results.add(future.get());
            } catch (ExecutionException e) {
                failures.add(e.getCause().toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the leads", e);
            }
        }
        if (!failures.isEmpty()) {
            throw new AssertionError(failures.size() + " of " + count + " leads failed; the first failures:\n"
                    + String.join("\n", failures.subList(0, Math.min(5, failures.size()))));
        }
        return results;
    }
}
