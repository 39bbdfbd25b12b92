package com.dealercrm.lead;

import static com.dealercrm.lead.LeadApi.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.dealercrm.events.EventEnvelope;
import com.dealercrm.events.EventJson;
import com.dealercrm.events.LeadEvents;
import com.dealercrm.lead.fake.FakeDeliveryService;
import com.dealercrm.lead.fake.FakeServer;
import com.dealercrm.lead.fake.OwnerServices;
import com.dealercrm.testsupport.KafkaTestResource;
import com.dealercrm.testsupport.PostgresTestResource;
import com.dealercrm.testsupport.TestTokens;
import com.dealercrm.testsupport.TestUsers;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Mark Won against fake quotation-service and delivery-service: each refusal of the gate with its
 * message, a 503 whenever the gate cannot be checked, and one transition and one LeadWon event
 * when it passes, also under concurrent calls.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TestTokens.class)
@WithTestResource(OwnerServices.class)
class MarkWonTest {

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    @BeforeEach
    void resetOwners() {
        OwnerServices.reset();
        circuitBreakers.resetAll();
    }

    @Test
    void markWonMovesEndorsedLeadToWon() {
        long bpoLeadId = LeadApi.uniqueBpoLeadId();
        String id = Sales.endorsedLead(TestUsers.AGENT1, Sales.newVehicle(true), bpoLeadId);
        Sales.LinkedLead lead = Sales.convert(TestUsers.AGENT1, id);
        Sales.confirmAndDeliver(lead);
        OwnerServices.reset();
        String token = TestTokens.tokenFor(TestUsers.AGENT1);

        given().auth().oauth2(token).post("/api/leads/" + id + "/mark-won").then().statusCode(200)
                .body("stage", equalTo("WON"))
                .body("dateWon", notNullValue())
                .body("dateLost", nullValue())
                .body("saleOrderName", equalTo(lead.saleOrderName()))
                .body("bpoSyncStatus", equalTo("PENDING"))
                .body("actions", contains("OPEN_QUOTATION"));

        assertThat(OwnerServices.quotation().requests()).extracting(FakeServer.Request::path)
                .containsExactly("/api/sale-orders/" + lead.saleOrderId());
        assertThat(OwnerServices.delivery().requests()).extracting(FakeServer.Request::query)
                .containsExactly("saleOrderId=" + lead.saleOrderId());
        assertThat(OwnerServices.quotation().requests()).extracting(FakeServer.Request::authorization).containsOnly("Bearer " + token);
        assertThat(OwnerServices.delivery().requests()).extracting(FakeServer.Request::authorization).containsOnly("Bearer " + token);
        List<EventEnvelope> won = wonEvents(id);
        assertThat(won).hasSize(1);
        assertThat(won.get(0).actorid()).isEqualTo(TestUsers.AGENT1.id());
        LeadEvents.LeadWon data = EventJson.data(won.get(0), LeadEvents.LeadWon.class);
        assertThat(data.stageFrom()).isEqualTo("NEGOTIATION");
        assertThat(data.dateWon()).isNotNull();
        assertThat(data.saleOrderId()).isEqualTo(lead.saleOrderId().toString());
        assertThat(data.saleOrderName()).isEqualTo(lead.saleOrderName());
        assertThat(data.bpoSourceLeadId()).isEqualTo(bpoLeadId);
        assertThat(data.bpoSourceReference()).isEqualTo("LEAD/" + bpoLeadId);
    }

    @Test
    void manualLeadWonWithoutBpoSync() {
        String id = Sales.negotiationLead(TestUsers.AGENT1, Sales.newVehicle(true));
        Sales.confirmAndDeliver(Sales.convert(TestUsers.AGENT1, id));

        as(TestUsers.AGENT1).post("/api/leads/" + id + "/mark-won").then().statusCode(200)
                .body("stage", equalTo("WON"))
                .body("bpoSyncStatus", equalTo("NONE"));

        LeadEvents.LeadWon data = EventJson.data(wonEvents(id).get(0), LeadEvents.LeadWon.class);
        assertThat(data.bpoSourceLeadId()).isNull();
        assertThat(data.bpoSourceReference()).isNull();
    }

    @Test
    void concurrentMarkWonWinsOnce() throws Exception {
        String id = Sales.negotiationLead(TestUsers.AGENT1, Sales.newVehicle(true));
        Sales.confirmAndDeliver(Sales.convert(TestUsers.AGENT1, id));

        List<Response> responses = Concurrently.times(4, () -> as(TestUsers.AGENT1).post("/api/leads/" + id + "/mark-won"));

        assertThat(responses).extracting(Response::statusCode).containsExactlyInAnyOrder(200, 409, 409, 409);
        assertThat(responses).filteredOn(response -> response.statusCode() == 409)
                .extracting(response -> response.<String>path("detail"))
                .allMatch(detail -> detail.endsWith(" is already Won."));
        assertThat(wonEvents(id)).hasSize(1);
    }

    @Test
    void markWonWithoutOrderIs409() {
        String id = Sales.negotiationLead(TestUsers.AGENT1, Sales.newVehicle(true));

        as(TestUsers.AGENT1).post("/api/leads/" + id + "/mark-won").then().statusCode(409)
                .body("detail", equalTo("Create a quotation first with the Convert to Quotation button."));

        assertThat(OwnerServices.quotation().requests()).isEmpty();
        assertThat(OwnerServices.delivery().requests()).isEmpty();
    }

    @Test
    void draftOrderIs409() {
        String id = Sales.negotiationLead(TestUsers.AGENT1, Sales.newVehicle(true));
        Sales.LinkedLead lead = Sales.convert(TestUsers.AGENT1, id);

        as(TestUsers.AGENT1).post("/api/leads/" + id + "/mark-won").then().statusCode(409)
                .body("detail", equalTo("Sale order " + lead.saleOrderName() + " is DRAFT and must be confirmed before the lead can be won."));

        assertNegotiation(id, 3);
        assertThat(OwnerServices.delivery().requests()).isEmpty();
    }

    @Test
    void cancelledOrderIs409() {
        String id = Sales.negotiationLead(TestUsers.AGENT1, Sales.newVehicle(true));
        Sales.LinkedLead lead = Sales.convert(TestUsers.AGENT1, id);
        OwnerServices.quotation().setState(lead.saleOrderId(), "CANCELLED");

        as(TestUsers.AGENT1).post("/api/leads/" + id + "/mark-won").then().statusCode(409)
                .body("detail", containsString("Sale order " + lead.saleOrderName() + " is CANCELLED and must be confirmed"));

        assertNegotiation(id, 3);
    }

    @Test
    void pendingPickingsAre409() {
        String id = Sales.negotiationLead(TestUsers.AGENT1, Sales.newVehicle(true));
        Sales.LinkedLead lead = Sales.convert(TestUsers.AGENT1, id);
        OwnerServices.quotation().setState(lead.saleOrderId(), "SALE");
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        OwnerServices.delivery().pending(lead.saleOrderId(),
                new FakeDeliveryService.PendingPicking(first, "WH/OUT/00004", "CONFIRMED"),
                new FakeDeliveryService.PendingPicking(second, "WH/OUT/00005", "ASSIGNED"));

        as(TestUsers.AGENT1).post("/api/leads/" + id + "/mark-won").then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", equalTo("2 delivery order(s) still pending: WH/OUT/00004, WH/OUT/00005. Validate them, then try Mark Won again."))
                .body("pendingPickings.id", contains(first.toString(), second.toString()))
                .body("pendingPickings.name", contains("WH/OUT/00004", "WH/OUT/00005"))
                .body("pendingPickings.state", contains("CONFIRMED", "ASSIGNED"));

        assertNegotiation(id, 3);
    }

    @Test
    void unprocessedConfirmationIs409() {
        String id = Sales.negotiationLead(TestUsers.AGENT1, Sales.newVehicle(true));
        Sales.LinkedLead lead = Sales.convert(TestUsers.AGENT1, id);
        OwnerServices.quotation().setState(lead.saleOrderId(), "SALE");

        as(TestUsers.AGENT1).post("/api/leads/" + id + "/mark-won").then().statusCode(409)
                .body("detail", containsString("do not exist yet, because delivery-service has not processed its confirmation"));

        assertNegotiation(id, 3);
    }

    @Test
    void cancelledPickingsAre409() {
        String id = Sales.negotiationLead(TestUsers.AGENT1, Sales.newVehicle(true));
        Sales.LinkedLead lead = Sales.convert(TestUsers.AGENT1, id);
        OwnerServices.quotation().setState(lead.saleOrderId(), "DONE");
        OwnerServices.delivery().allCancelled(lead.saleOrderId());

        as(TestUsers.AGENT1).post("/api/leads/" + id + "/mark-won").then().statusCode(409)
                .body("detail", containsString("has no validated delivery order"));

        assertNegotiation(id, 3);
    }

    @Test
    void reassignedLeadNeedsManager() {
        String id = Sales.negotiationLead(TestUsers.AGENT1, Sales.newVehicle(true));
        Sales.confirmAndDeliver(Sales.convert(TestUsers.AGENT1, id));
        as(TestUsers.MANAGER1).body(Map.of("userId", TestUsers.AGENT2.id(), "userName", "agent2"))
                .post("/api/leads/" + id + "/assign").then().statusCode(200);

        as(TestUsers.AGENT2).post("/api/leads/" + id + "/mark-won").then().statusCode(409)
                .body("detail", containsString("is not visible to you in quotation-service"))
                .body("detail", containsString("Ask a manager to mark the lead won."));
        assertNegotiation(id, 4);

        as(TestUsers.MANAGER1).post("/api/leads/" + id + "/mark-won").then().statusCode(200)
                .body("stage", equalTo("WON"))
                .body("ownerId", equalTo(TestUsers.AGENT2.id()));
    }

    @Test
    void unreachableQuotationServiceIs503() {
        String id = Sales.negotiationLead(TestUsers.AGENT1, Sales.newVehicle(true));
        Sales.confirmAndDeliver(Sales.convert(TestUsers.AGENT1, id));
        OwnerServices.quotation().stop();

        as(TestUsers.AGENT1).post("/api/leads/" + id + "/mark-won").then().statusCode(503)
                .contentType("application/problem+json")
                .body("detail", containsString("because quotation-service did not respond"))
                .body("detail", containsString("stays in Negotiation"));

        assertNegotiation(id, 3);
        assertThat(OwnerServices.delivery().requests()).isEmpty();
    }

    @Test
    void slowDeliveryServiceIs503() {
        String id = Sales.negotiationLead(TestUsers.AGENT1, Sales.newVehicle(true));
        Sales.confirmAndDeliver(Sales.convert(TestUsers.AGENT1, id));
        OwnerServices.delivery().respondAfter(Duration.ofSeconds(3));

        as(TestUsers.AGENT1).post("/api/leads/" + id + "/mark-won").then().statusCode(503)
                .body("detail", containsString("because delivery-service did not respond"));

        assertNegotiation(id, 3);
        assertThat(OwnerServices.delivery().requests()).as("the first call and two retries").hasSize(3);
    }

    @Test
    void failingDeliveryServiceIs503() {
        String id = Sales.negotiationLead(TestUsers.AGENT1, Sales.newVehicle(true));
        Sales.confirmAndDeliver(Sales.convert(TestUsers.AGENT1, id));
        OwnerServices.delivery().failWith(500);

        as(TestUsers.AGENT1).post("/api/leads/" + id + "/mark-won").then().statusCode(503)
                .body("detail", containsString("because delivery-service did not respond"));

        assertNegotiation(id, 3);
        assertThat(OwnerServices.delivery().requests()).as("the first call and two retries").hasSize(3);
    }

    @Test
    void openCircuitIs503() {
        String id = Sales.negotiationLead(TestUsers.AGENT1, Sales.newVehicle(true));
        Sales.confirmAndDeliver(Sales.convert(TestUsers.AGENT1, id));
        OwnerServices.quotation().failWith(503);
        for (int call = 0; call < 4; call++) {
            as(TestUsers.AGENT1).post("/api/leads/" + id + "/mark-won").then().statusCode(503);
        }
        OwnerServices.reset();

        as(TestUsers.AGENT1).post("/api/leads/" + id + "/mark-won").then().statusCode(503)
                .body("detail", containsString("because quotation-service did not respond"));

        assertThat(OwnerServices.quotation().requests()).as("calls while the circuit is open").isEmpty();
        assertNegotiation(id, 3);
    }

    @Test
    void notFoundOrderDoesNotOpenCircuit() {
        String id = Sales.negotiationLead(TestUsers.AGENT1, Sales.newVehicle(true));
        Sales.confirmAndDeliver(Sales.convert(TestUsers.AGENT1, id));
        String other = Sales.negotiationLead(TestUsers.MANAGER1, Sales.newVehicle(true));
        Sales.convert(TestUsers.MANAGER1, other);
        as(TestUsers.MANAGER1).body(Map.of("userId", TestUsers.AGENT1.id(), "userName", "agent1"))
                .post("/api/leads/" + other + "/assign").then().statusCode(200);
        for (int call = 0; call < 12; call++) {
            as(TestUsers.AGENT1).post("/api/leads/" + other + "/mark-won").then().statusCode(409);
        }

        as(TestUsers.AGENT1).post("/api/leads/" + id + "/mark-won").then().statusCode(200);
    }

    /** Returns the lead's LeadWon events, once a later change proves that every earlier event arrived. */
    private static List<EventEnvelope> wonEvents(String id) {
        as(TestUsers.MANAGER1).post("/api/leads/" + id + "/archive").then().statusCode(200);
        await().atMost(LeadEventLog.EVENTUALLY)
                .until(() -> LeadEventLog.events(id).stream().anyMatch(event -> event.type().equals(LeadEvents.ARCHIVED)));
        return LeadEventLog.events(id).stream().filter(event -> event.type().equals(LeadEvents.WON)).toList();
    }

    private static void assertNegotiation(String id, int version) {
        as(TestUsers.MANAGER1).get("/api/leads/" + id).then().statusCode(200)
                .body("stage", equalTo("NEGOTIATION"))
                .body("dateWon", nullValue())
                .body("version", equalTo(version));
    }
}
