package com.dealercrm.bpo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.dealercrm.events.Aggregate;
import com.dealercrm.events.BpoCallbackEvents;
import com.dealercrm.events.EventEnvelope;
import com.dealercrm.events.EventJson;
import com.dealercrm.events.LeadEvents;
import com.dealercrm.events.Topics;
import com.dealercrm.testsupport.KafkaTestResource;
import com.dealercrm.testsupport.PostgresTestResource;
import com.dealercrm.testsupport.TestTokens;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TestTokens.class)
@WithTestResource(FakeBpoCrmResource.class)
class CallbackFlowTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private final FakeBpoCrm bpo = FakeBpoCrmResource.fake();

    @BeforeEach
    void resetBpo() {
        bpo.reset();
    }

    @Test
    void wonLeadUpdatesBpoLead() {
        long bpoLeadId = CallbackJobs.newBpoLeadId();
        bpo.addLead(bpoLeadId, "LEAD/01234");
        UUID leadId = UUID.randomUUID();

        LeadEventsTopic.publish(LeadEventsTopic.leadWon(leadId, "DLEAD/00042", bpoLeadId, "LEAD/01234", "SO00003"));

        await().atMost(WAIT).until(() -> CallbackJobs.hasStatus(leadId, "SUCCEEDED"));
        Map<String, Object> job = CallbackJobs.onlyJobOf(leadId);
        assertThat(job).containsEntry("outcome", "won")
                .containsEntry("attempts", 1)
                .containsEntry("leadReference", "DLEAD/00042")
                .containsEntry("bpoReference", "LEAD/01234")
                .containsEntry("lastError", null)
                .containsEntry("nextAttemptAt", null);
        assertThat(bpo.lead(bpoLeadId).stage).isEqualTo("won");

        List<FakeBpoCrm.Call> callbacks = bpo.callbacksFor(bpoLeadId);
        assertThat(callbacks).hasSize(1);
        JsonNode payload = callbacks.get(0).payload();
        assertThat(payload.get("bpo_lead_id").asLong()).isEqualTo(bpoLeadId);
        assertThat(payload.get("outcome").asText()).isEqualTo("won");
        assertThat(payload.get("dealer_lead_ref").asText()).isEqualTo("DLEAD/00042");
        assertThat(payload.get("dealer_lead_id").asText()).isEqualTo(leadId.toString());
        assertThat(payload.get("dealer_so_ref").asText()).isEqualTo("SO00003");
        assertThat(payload.get("date").asText()).isEqualTo("2026-06-30T10:15:30.123456Z");
        assertThat(payload.get("lost_reason").isNull()).isTrue();
        assertThat(payload.get("notes").isNull()).isTrue();
    }

    @Test
    void callbackFollowsOdooWireFormat() {
        long bpoLeadId = CallbackJobs.newBpoLeadId();
        bpo.addLead(bpoLeadId, "LEAD/01235");
        UUID leadId = UUID.randomUUID();

        LeadEventsTopic.publish(LeadEventsTopic.leadWon(leadId, "DLEAD/00043", bpoLeadId, "LEAD/01235", "SO00004"));

        await().atMost(WAIT).until(() -> CallbackJobs.hasStatus(leadId, "SUCCEEDED"));
        JsonNode args = bpo.callbacksFor(bpoLeadId).get(0).args();
        assertThat(args.get(0).asText()).isEqualTo(FakeBpoCrm.DATABASE);
        assertThat(args.get(1).asInt()).isEqualTo(FakeBpoCrm.UID);
        assertThat(args.get(2).asText()).isEqualTo(FakeBpoCrm.API_KEY);
        assertThat(args.get(3).asText()).isEqualTo("crm.lead");
        assertThat(args.get(4).asText()).isEqualTo("update_from_dealer_callback");
        assertThat(args.get(5).size()).isEqualTo(1);
        assertThat(args.get(6).isObject()).isTrue();
        assertThat(args.get(6).size()).isZero();
        assertThat(args.get(5).get(0).fieldNames()).toIterable().containsExactlyInAnyOrder(
                "bpo_lead_id", "outcome", "dealer_lead_ref", "dealer_lead_id", "dealer_so_ref", "date", "lost_reason", "notes");
    }

    @Test
    void lostLeadSendsReasonCode() {
        long bpoLeadId = CallbackJobs.newBpoLeadId();
        bpo.addLead(bpoLeadId, "LEAD/02000");
        UUID leadId = UUID.randomUUID();

        LeadEventsTopic.publish(LeadEventsTopic.leadLost(leadId, "DLEAD/00050", bpoLeadId, "LEAD/02000", "PRICE_TOO_HIGH", "Found it cheaper"));

        await().atMost(WAIT).until(() -> CallbackJobs.hasStatus(leadId, "SUCCEEDED"));
        assertThat(CallbackJobs.onlyJobOf(leadId)).containsEntry("outcome", "lost").containsEntry("lostReason", "price_too_high");
        assertThat(bpo.lead(bpoLeadId).stage).isEqualTo("lost");
        JsonNode payload = bpo.callbacksFor(bpoLeadId).get(0).payload();
        assertThat(payload.get("outcome").asText()).isEqualTo("lost");
        assertThat(payload.get("lost_reason").asText()).isEqualTo("price_too_high");
        assertThat(payload.get("notes").asText()).isEqualTo("Found it cheaper");
        assertThat(payload.get("dealer_so_ref").isNull()).isTrue();
    }

    @Test
    void successPublishesSucceededEvent() {
        long bpoLeadId = CallbackJobs.newBpoLeadId();
        bpo.addLead(bpoLeadId, "LEAD/03000");
        UUID leadId = UUID.randomUUID();

        LeadEventsTopic.publish(LeadEventsTopic.leadWon(leadId, "DLEAD/00060", bpoLeadId, "LEAD/03000", "SO00010"));

        await().atMost(WAIT).until(() -> !LeadEventsTopic.callbackEvents(leadId).isEmpty());
        List<EventEnvelope> events = LeadEventsTopic.callbackEvents(leadId);
        assertThat(events).hasSize(1);
        EventEnvelope event = events.get(0);
        Object jobId = CallbackJobs.onlyJobOf(leadId).get("id");
        assertThat(event.type()).isEqualTo(BpoCallbackEvents.SUCCEEDED);
        assertThat(event.aggregatetype()).isEqualTo(Aggregate.BPO_CALLBACK);
        assertThat(event.aggregateid()).isEqualTo(jobId);
        assertThat(event.aggregateref()).isEqualTo("LEAD/03000");
        assertThat(event.leadid()).isEqualTo(leadId.toString());
        assertThat(event.actorname()).isEqualTo("bpo-connector");
        BpoCallbackEvents.CallbackResult result = EventJson.data(event, BpoCallbackEvents.CallbackResult.class);
        assertThat(result.jobId()).isEqualTo(jobId);
        assertThat(result.leadReference()).isEqualTo("DLEAD/00060");
        assertThat(result.bpoLeadId()).isEqualTo(bpoLeadId);
        assertThat(result.bpoReference()).isEqualTo("LEAD/03000");
        assertThat(result.outcome()).isEqualTo("won");
        assertThat(result.attempts()).isEqualTo(1);
        assertThat(result.error()).isNull();
        assertThat(result.at()).isNotNull();
    }

    @Test
    void notEndorsedLeadGetsNoJob() {
        long bpoLeadId = CallbackJobs.newBpoLeadId();
        bpo.addLead(bpoLeadId, "LEAD/04000");
        UUID leadId = UUID.randomUUID();

        LeadEventsTopic.publish(LeadEventsTopic.leadWon(leadId, "DLEAD/00070", null, null, "SO00020"));
        // A later event of the same lead is consumed after the first, so once its job exists the first was handled.
        LeadEventsTopic.publish(LeadEventsTopic.leadLost(leadId, "DLEAD/00070", bpoLeadId, "LEAD/04000", "OTHER", null));

        await().atMost(WAIT).until(() -> !CallbackJobs.ofLead(leadId).isEmpty());
        List<Map<String, Object>> jobs = CallbackJobs.ofLead(leadId);
        assertThat(jobs).hasSize(1);
        assertThat(jobs.get(0)).containsEntry("outcome", "lost");
    }

    @Test
    void duplicateEventCreatesOneJob() {
        long bpoLeadId = CallbackJobs.newBpoLeadId();
        bpo.addLead(bpoLeadId, "LEAD/05000");
        UUID leadId = UUID.randomUUID();
        EventEnvelope won = LeadEventsTopic.leadWon(leadId, "DLEAD/00080", bpoLeadId, "LEAD/05000", "SO00030");

        LeadEventsTopic.publish(won);
        LeadEventsTopic.publish(won);
        EventEnvelope marker = LeadEventsTopic.leadWon(leadId, "DLEAD/00080", bpoLeadId, "LEAD/05000", "SO00030");
        LeadEventsTopic.publish(marker);

        await().atMost(WAIT).until(() -> CallbackJobs.ofLead(leadId).size() >= 2
                && CallbackJobs.ofLead(leadId).stream().allMatch(job -> "SUCCEEDED".equals(job.get("status"))));
        assertThat(CallbackJobs.ofLead(leadId)).hasSize(2);
        assertThat(bpo.callbacksFor(bpoLeadId)).hasSize(2);
    }

    @Test
    void otherLeadEventsAreIgnored() {
        UUID leadId = UUID.randomUUID();
        long bpoLeadId = CallbackJobs.newBpoLeadId();
        bpo.addLead(bpoLeadId, "LEAD/06000");

        LeadEventsTopic.publish(LeadEventsTopic.envelope(LeadEvents.STAGE_CHANGED, leadId.toString(), "DLEAD/00090",
                new LeadEvents.StageChanged("QUALIFIED", "NEGOTIATION")));
        LeadEventsTopic.publish(LeadEventsTopic.leadWon(leadId, "DLEAD/00090", bpoLeadId, "LEAD/06000", "SO00040"));

        await().atMost(WAIT).until(() -> CallbackJobs.hasStatus(leadId, "SUCCEEDED"));
        assertThat(CallbackJobs.ofLead(leadId)).hasSize(1);
    }

    @Test
    void malformedLeadIdIsDeadLettered() {
        String badLeadId = "not-a-uuid-" + UUID.randomUUID();
        EventEnvelope won = LeadEventsTopic.envelope(LeadEvents.WON, badLeadId, "DLEAD/00099",
                new LeadEvents.LeadWon("NEGOTIATION", LeadEventsTopic.WON_AT, null, "SO00050", CallbackJobs.newBpoLeadId(), "LEAD/07000"));

        LeadEventsTopic.publish(won);

        String deadLetterTopic = Topics.deadLetterTopic(Topics.LEAD_EVENTS);
        await().atMost(WAIT).until(() -> LeadEventsTopic.records(deadLetterTopic).stream()
                .anyMatch(record -> record.value().contains(won.id())));
    }
}
