package com.dealercrm.lead;

import static com.dealercrm.lead.LeadApi.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.dealercrm.events.BpoCallbackEvents;
import com.dealercrm.events.EventEnvelope;
import com.dealercrm.events.EventJson;
import com.dealercrm.events.LeadEvents;
import com.dealercrm.lead.fake.OwnerServices;
import com.dealercrm.testsupport.KafkaTestResource;
import com.dealercrm.testsupport.PostgresTestResource;
import com.dealercrm.testsupport.TestTokens;
import com.dealercrm.testsupport.TestUsers;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The BPO sync status of endorsed leads: PENDING once Won or Lost, then SYNCED or FAILED from the
 * callback events of bpo-connector, which never change the stage. Events for another lead are ignored.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TestTokens.class)
@WithTestResource(OwnerServices.class)
class BpoSyncStatusTest {

    @BeforeEach
    void resetOwners() {
        OwnerServices.reset();
    }

    @Test
    void succeededCallbackSyncsWonLead() {
        long bpoLeadId = LeadApi.uniqueBpoLeadId();
        String id = Sales.endorsedLead(TestUsers.AGENT1, Sales.newVehicle(true), bpoLeadId);
        Sales.confirmAndDeliver(Sales.convert(TestUsers.AGENT1, id));
        as(TestUsers.AGENT1).post("/api/leads/" + id + "/mark-won").then().statusCode(200).body("bpoSyncStatus", equalTo("PENDING"));

        OwnerEvents.awaitProcessed(OwnerEvents.bpoCallback(BpoCallbackEvents.SUCCEEDED, id, bpoLeadId, "won", null));

        assertSync(id, "WON", "SYNCED");
        EventEnvelope changed = awaitEvent(id, LeadEvents.BPO_SYNC_CHANGED);
        assertThat(EventJson.data(changed, LeadEvents.BpoSyncChanged.class))
                .isEqualTo(new LeadEvents.BpoSyncChanged("PENDING", "SYNCED", null));
        assertThat(changed.actorname()).isEqualTo("bpo-connector");
    }

    @Test
    void failedCallbackThenRetrySucceeds() {
        long bpoLeadId = LeadApi.uniqueBpoLeadId();
        String id = Sales.endorsedLead(TestUsers.AGENT1, Sales.newVehicle(true), bpoLeadId);
        as(TestUsers.AGENT1).body(Map.of("reason", "PRICE_TOO_HIGH", "notes", "Competitor was cheaper"))
                .post("/api/leads/" + id + "/mark-lost").then().statusCode(200)
                .body("bpoSyncStatus", equalTo("PENDING"));
        LeadEvents.LeadLost lost = EventJson.data(awaitEvent(id, LeadEvents.LOST), LeadEvents.LeadLost.class);
        assertThat(lost.reason()).isEqualTo("PRICE_TOO_HIGH");
        assertThat(lost.notes()).isEqualTo("Competitor was cheaper");
        assertThat(lost.bpoSourceLeadId()).isEqualTo(bpoLeadId);

        OwnerEvents.awaitProcessed(OwnerEvents.bpoCallback(BpoCallbackEvents.FAILED, id, bpoLeadId, "lost", "BPO CRM denied access"));
        assertSync(id, "LOST", "FAILED");
        OwnerEvents.awaitProcessed(OwnerEvents.bpoCallback(BpoCallbackEvents.SUCCEEDED, id, bpoLeadId, "lost", null));
        assertSync(id, "LOST", "SYNCED");

        List<LeadEvents.BpoSyncChanged> changes = syncChanges(id, 2);
        assertThat(changes).containsExactly(
                new LeadEvents.BpoSyncChanged("PENDING", "FAILED", "BPO CRM denied access"),
                new LeadEvents.BpoSyncChanged("FAILED", "SYNCED", null));
    }

    @Test
    void mismatchedCallbacksAreIgnored() {
        long bpoLeadId = LeadApi.uniqueBpoLeadId();
        String id = Sales.endorsedLead(TestUsers.AGENT1, Sales.newVehicle(true), bpoLeadId);
        as(TestUsers.AGENT1).body(Map.of("reason", "OTHER")).post("/api/leads/" + id + "/mark-lost").then().statusCode(200);

        OwnerEvents.bpoCallback(BpoCallbackEvents.FAILED, id, bpoLeadId + 1, "lost", "another BPO lead");
        OwnerEvents.bpoCallback(BpoCallbackEvents.FAILED, id, bpoLeadId, "won", "another outcome");
        OwnerEvents.awaitProcessed(OwnerEvents.bpoCallback(BpoCallbackEvents.SUCCEEDED, id, bpoLeadId, "lost", null));

        assertSync(id, "LOST", "SYNCED");
        assertThat(syncChanges(id, 1)).containsExactly(new LeadEvents.BpoSyncChanged("PENDING", "SYNCED", null));
    }

    @Test
    void callbackForManualLeadIsIgnored() {
        String id = LeadApi.createLead(TestUsers.AGENT1);
        as(TestUsers.AGENT1).body(Map.of("reason", "OTHER")).post("/api/leads/" + id + "/mark-lost").then().statusCode(200)
                .body("bpoSyncStatus", equalTo("NONE"));

        OwnerEvents.awaitProcessed(OwnerEvents.bpoCallback(BpoCallbackEvents.SUCCEEDED, id, LeadApi.uniqueBpoLeadId(), "lost", null));

        assertSync(id, "LOST", "NONE");
    }

    private static void assertSync(String id, String stage, String bpoSyncStatus) {
        as(TestUsers.AGENT1).get("/api/leads/" + id).then().statusCode(200)
                .body("stage", equalTo(stage))
                .body("bpoSyncStatus", equalTo(bpoSyncStatus));
    }

    private static EventEnvelope awaitEvent(String id, String type) {
        await().atMost(LeadEventLog.EVENTUALLY)
                .until(() -> LeadEventLog.events(id).stream().anyMatch(event -> event.type().equals(type)));
        return LeadEventLog.events(id).stream().filter(event -> event.type().equals(type)).findFirst().orElseThrow();
    }

    /** Waits for {@code count} sync changes, then returns every sync change of the lead after a later change proves none is missing. */
    private static List<LeadEvents.BpoSyncChanged> syncChanges(String id, int count) {
        await().atMost(LeadEventLog.EVENTUALLY)
                .until(() -> LeadEventLog.events(id).stream().filter(event -> event.type().equals(LeadEvents.BPO_SYNC_CHANGED)).count() >= count);
        as(TestUsers.MANAGER1).post("/api/leads/" + id + "/archive").then().statusCode(200);
        awaitEvent(id, LeadEvents.ARCHIVED);
        return LeadEventLog.events(id).stream()
                .filter(event -> event.type().equals(LeadEvents.BPO_SYNC_CHANGED))
                .map(event -> EventJson.data(event, LeadEvents.BpoSyncChanged.class))
                .toList();
    }
}
