package com.dealercrm.lead;

import static com.dealercrm.lead.LeadApi.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.dealercrm.events.PickingEvents;
import com.dealercrm.events.Topics;
import com.dealercrm.lead.fake.OwnerServices;
import com.dealercrm.testsupport.KafkaTestResource;
import com.dealercrm.testsupport.PostgresTestResource;
import com.dealercrm.testsupport.TestTokens;
import com.dealercrm.testsupport.TestUsers;
import com.dealercrm.testsupport.TopicReader;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The MARK_WON action of a lead follows the sale-order and picking events lead-service consumes,
 * without calls to quotation-service or delivery-service on read.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TestTokens.class)
@WithTestResource(OwnerServices.class)
class MarkWonActionTest {

    @BeforeEach
    void resetOwners() {
        OwnerServices.reset();
    }

    @Test
    void markWonAppearsAfterDelivery() {
        String id = Sales.negotiationLead(TestUsers.AGENT1, Sales.newVehicle(true));
        Sales.LinkedLead lead = Sales.convert(TestUsers.AGENT1, id);
        OwnerEvents.Order order = lead.order();
        UUID pickingId = UUID.randomUUID();
        OwnerServices.reset();

        OwnerEvents.awaitProcessed(OwnerEvents.saleOrderCreated(order, TestUsers.AGENT1, true));
        assertNoMarkWon(id);
        OwnerEvents.awaitProcessed(OwnerEvents.saleOrderConfirmed(order, TestUsers.AGENT1, true));
        assertNoMarkWon(id);
        OwnerEvents.awaitProcessed(OwnerEvents.picking(PickingEvents.CREATED, order, pickingId, "WH/OUT/00901", "CONFIRMED", null));
        assertNoMarkWon(id);
        OwnerEvents.awaitProcessed(OwnerEvents.picking(PickingEvents.ASSIGNED, order, pickingId, "WH/OUT/00901", "ASSIGNED", "CONFIRMED"));
        assertNoMarkWon(id);
        OwnerEvents.picking(PickingEvents.VALIDATED, order, pickingId, "WH/OUT/00901", "DONE", "ASSIGNED");

        await().atMost(LeadEventLog.EVENTUALLY)
                .until(() -> actions(TestUsers.AGENT1, id).contains("MARK_WON"));
        assertThat(actions(TestUsers.MANAGER1, id)).contains("MARK_WON");
        as(TestUsers.AGENT1).queryParam("q", reference(id)).get("/api/leads").then().statusCode(200)
                .body("items[0].actions", hasItem("MARK_WON"));
        as(TestUsers.AGENT1).queryParam("size", 200).get("/api/leads/pipeline").then().statusCode(200)
                .body("columns.find { it.stage == 'NEGOTIATION' }.leads.find { it.id == '" + id + "' }.actions", hasItem("MARK_WON"));
        assertThat(OwnerServices.quotation().requests()).isEmpty();
        assertThat(OwnerServices.delivery().requests()).isEmpty();
    }

    @Test
    void backorderHidesMarkWon() {
        String id = Sales.negotiationLead(TestUsers.AGENT1, Sales.newVehicle(true));
        OwnerEvents.Order order = Sales.convert(TestUsers.AGENT1, id).order();
        UUID pickingId = UUID.randomUUID();
        UUID backorderId = UUID.randomUUID();
        OwnerEvents.awaitProcessed(OwnerEvents.saleOrderConfirmed(order, TestUsers.AGENT1, true));

        OwnerEvents.awaitProcessed(OwnerEvents.picking(PickingEvents.VALIDATED, order, pickingId, "WH/OUT/00911", "DONE", "ASSIGNED"));
        OwnerEvents.awaitProcessed(OwnerEvents.picking(PickingEvents.BACKORDER_CREATED, order, backorderId, "WH/OUT/00912", "CONFIRMED", null));
        assertNoMarkWon(id);

        OwnerEvents.picking(PickingEvents.CANCELLED, order, backorderId, "WH/OUT/00912", "CANCELLED", "CONFIRMED");
        await().atMost(LeadEventLog.EVENTUALLY)
                .until(() -> actions(TestUsers.AGENT1, id).contains("MARK_WON"));
    }

    @Test
    void orderWithoutDeliverablesOffersMarkWon() {
        String id = Sales.negotiationLead(TestUsers.AGENT1, Sales.newVehicle(false));
        OwnerEvents.Order order = Sales.convert(TestUsers.AGENT1, id).order();
        OwnerEvents.awaitProcessed(OwnerEvents.saleOrderCreated(order, TestUsers.AGENT1, false));
        assertNoMarkWon(id);

        OwnerEvents.saleOrderConfirmed(order, TestUsers.AGENT1, false);

        await().atMost(LeadEventLog.EVENTUALLY)
                .until(() -> actions(TestUsers.AGENT1, id).contains("MARK_WON"));
    }

    @Test
    void cancelledOrderHidesMarkWon() {
        String id = Sales.negotiationLead(TestUsers.AGENT1, Sales.newVehicle(false));
        OwnerEvents.Order order = Sales.convert(TestUsers.AGENT1, id).order();
        OwnerEvents.saleOrderConfirmed(order, TestUsers.AGENT1, false);
        await().atMost(LeadEventLog.EVENTUALLY)
                .until(() -> actions(TestUsers.AGENT1, id).contains("MARK_WON"));

        OwnerEvents.awaitProcessed(OwnerEvents.saleOrderCancelled(order, TestUsers.AGENT1, false));

        assertNoMarkWon(id);
    }

    @Test
    void markWonNeedsNegotiation() {
        String id = LeadApi.createLead(TestUsers.AGENT1, Sales.leadBody(Sales.newVehicle(false)));
        OwnerEvents.Order order = Sales.convert(TestUsers.AGENT1, id).order();

        OwnerEvents.awaitProcessed(OwnerEvents.saleOrderConfirmed(order, TestUsers.AGENT1, false));

        assertNoMarkWon(id);
        LeadApi.moveTo(TestUsers.AGENT1, id, "QUALIFIED");
        LeadApi.moveTo(TestUsers.AGENT1, id, "NEGOTIATION");
        assertThat(actions(TestUsers.AGENT1, id)).contains("MARK_WON");
    }

    @Test
    void malformedEventsAreDeadLettered() {
        String marker = "not an event " + UUID.randomUUID();
        List<String> topics = List.of(Topics.SALE_ORDER_EVENTS, Topics.PICKING_EVENTS, Topics.BPO_CALLBACK_EVENTS);

        for (String topic : topics) {
            TopicReader.send(topic, UUID.randomUUID().toString(), marker);
        }

        for (String topic : topics) {
            await().atMost(LeadEventLog.EVENTUALLY).until(() -> TopicReader.readAll(Topics.deadLetterTopic(topic)).stream()
                    .map(ConsumerRecord::value)
                    .anyMatch(marker::equals));
        }
        String id = Sales.negotiationLead(TestUsers.AGENT1, Sales.newVehicle(false));
        OwnerEvents.Order order = Sales.convert(TestUsers.AGENT1, id).order();
        OwnerEvents.saleOrderConfirmed(order, TestUsers.AGENT1, false);
        await().atMost(LeadEventLog.EVENTUALLY)
                .until(() -> actions(TestUsers.AGENT1, id).contains("MARK_WON"));
    }

    private static void assertNoMarkWon(String id) {
        as(TestUsers.AGENT1).get("/api/leads/" + id).then().statusCode(200)
                .body("actions", hasItem("OPEN_QUOTATION"))
                .body("actions", not(hasItem("MARK_WON")));
    }

    private static List<String> actions(TestUsers.User user, String id) {
        return as(user).get("/api/leads/" + id).then().statusCode(200).extract().path("actions");
    }

    private static String reference(String id) {
        return as(TestUsers.AGENT1).get("/api/leads/" + id).path("reference");
    }
}
