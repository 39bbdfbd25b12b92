package com.dealercrm.lead;

import static org.awaitility.Awaitility.await;

import com.dealercrm.events.Actor;
import com.dealercrm.events.Aggregate;
import com.dealercrm.events.BpoCallbackEvents;
import com.dealercrm.events.EventEnvelope;
import com.dealercrm.events.EventJson;
import com.dealercrm.events.PickingEvents;
import com.dealercrm.events.SaleOrderEvents;
import com.dealercrm.events.Topics;
import com.dealercrm.testsupport.TestUsers;
import com.dealercrm.testsupport.TopicReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Publishes the events of quotation-service, delivery-service and bpo-connector to the test
 * broker, in the shape and with the keys those services use, and waits until lead-service has
 * processed one.
 */
final class OwnerEvents {

    private OwnerEvents() {
    }

    /** A sale order as its events describe it. */
    record Order(UUID id, String name, String leadId) {
    }

    static String saleOrderCreated(Order order, TestUsers.User creator, boolean deliverable) {
        SaleOrderEvents.SaleOrderSnapshot snapshot = snapshot(order, "DRAFT", deliverable, creator);
        return publishOrderEvent(SaleOrderEvents.CREATED, order, creator, new SaleOrderEvents.SaleOrderCreated(snapshot));
    }

    static String saleOrderConfirmed(Order order, TestUsers.User user, boolean deliverable) {
        SaleOrderEvents.SaleOrderSnapshot snapshot = snapshot(order, "SALE", deliverable, user);
        return publishOrderEvent(SaleOrderEvents.CONFIRMED, order, user, new SaleOrderEvents.SaleOrderConfirmed(snapshot));
    }

    static String saleOrderCancelled(Order order, TestUsers.User user, boolean deliverable) {
        SaleOrderEvents.SaleOrderSnapshot snapshot = snapshot(order, "CANCELLED", deliverable, user);
        return publishOrderEvent(SaleOrderEvents.CANCELLED, order, user, new SaleOrderEvents.SaleOrderCancelled(snapshot, "SALE"));
    }

    /** Publishes a picking event keyed by the sale order id, as delivery-service does. */
    static String picking(String type, Order order, UUID pickingId, String name, String state, String stateFrom) {
        PickingEvents.PickingSnapshot snapshot = new PickingEvents.PickingSnapshot(pickingId.toString(), name, order.id().toString(),
                order.name(), state, null, List.of(new PickingEvents.Line(UUID.randomUUID().toString(), BigDecimal.ONE, BigDecimal.ONE,
                        "DONE".equals(state) ? BigDecimal.ONE : BigDecimal.ZERO)),
                "DONE".equals(state) ? now() : null, "DONE".equals(state) ? "agent1" : null);
        Aggregate aggregate = new Aggregate(Aggregate.PICKING, pickingId.toString(), name);
        EventEnvelope event = EventEnvelope.of("/delivery-service", type, aggregate, order.leadId(), Actor.service("delivery-service"),
                now(), EventJson.toTree(new PickingEvents.PickingChanged(snapshot, stateFrom)));
        TopicReader.send(Topics.PICKING_EVENTS, order.id().toString(), EventJson.write(event));
        return event.id();
    }

    /** Publishes the result of a callback job keyed by the lead id, as bpo-connector does. */
    static String bpoCallback(String type, String leadId, long bpoLeadId, String outcome, String error) {
        String jobId = UUID.randomUUID().toString();
        BpoCallbackEvents.CallbackResult result = new BpoCallbackEvents.CallbackResult(jobId, leadId, "DLEAD/00000", bpoLeadId,
                "LEAD/" + bpoLeadId, outcome, 1, error, now());
        Aggregate aggregate = new Aggregate(Aggregate.BPO_CALLBACK, jobId, "LEAD/" + bpoLeadId);
        EventEnvelope event = EventEnvelope.of("/bpo-connector", type, aggregate, leadId, Actor.service("bpo-connector"), now(),
                EventJson.toTree(result));
        TopicReader.send(Topics.BPO_CALLBACK_EVENTS, leadId, EventJson.write(event));
        return event.id();
    }

    /** Waits until lead-service has recorded the event as processed, which it does in the transaction of its effect. */
    static void awaitProcessed(String eventId) {
        await().atMost(LeadEventLog.EVENTUALLY).until(() -> LeadApi.count(
                "SELECT count(*) FROM processed_event WHERE consumer = 'lead-service' AND event_id = ?::uuid", eventId) == 1);
    }

    private static String publishOrderEvent(String type, Order order, TestUsers.User user, Object data) {
        Aggregate aggregate = new Aggregate(Aggregate.SALE_ORDER, order.id().toString(), order.name());
        EventEnvelope event = EventEnvelope.of("/quotation-service", type, aggregate, order.leadId(),
                new Actor(user.id(), user.username()), now(), EventJson.toTree(data));
        TopicReader.send(Topics.SALE_ORDER_EVENTS, order.id().toString(), EventJson.write(event));
        return event.id();
    }

    private static SaleOrderEvents.SaleOrderSnapshot snapshot(Order order, String state, boolean deliverable, TestUsers.User user) {
        BigDecimal price = new BigDecimal("38900.00");
        SaleOrderEvents.Line line = new SaleOrderEvents.Line(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                deliverable ? "Golf GTI" : "Extended warranty", new BigDecimal("1.000"), price, new BigDecimal("0.00"), price, deliverable);
        return new SaleOrderEvents.SaleOrderSnapshot(order.name(), state, UUID.randomUUID().toString(), "Customer", UUID.randomUUID().toString(),
                "DLEAD/00000", order.leadId(), List.of(line), price, "DRAFT".equals(state) ? null : now(), user.id());
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
