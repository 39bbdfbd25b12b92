package com.dealercrm.audit;

import com.dealercrm.events.Actor;
import com.dealercrm.events.Aggregate;
import com.dealercrm.events.BpoCallbackEvents;
import com.dealercrm.events.EventEnvelope;
import com.dealercrm.events.FieldChange;
import com.dealercrm.events.LeadEvents;
import com.dealercrm.events.PickingEvents;
import com.dealercrm.events.SaleOrderEvents;
import com.dealercrm.events.Topics;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One lead's life as the sequence of events the services publish, with event times one minute apart
 * from a start time. Each method publishes one event and returns it.
 */
final class LeadStory {

    private static final AtomicInteger NUMBERS = new AtomicInteger((int) (System.nanoTime() % 50_000) + 10_000);

    static final String BPO_URL_PREFIX = "http://127.0.0.1:8069/odoo/crm/";

    final String leadId = UUID.randomUUID().toString();
    final String reference = "DLEAD/" + NUMBERS.incrementAndGet();
    final String saleOrderId = UUID.randomUUID().toString();
    final String saleOrderName = "SO" + NUMBERS.incrementAndGet();
    final String pickingId = UUID.randomUUID().toString();
    final String pickingName = "WH/OUT/" + NUMBERS.incrementAndGet();
    final String productId = UUID.randomUUID().toString();
    final long bpoLeadId = NUMBERS.incrementAndGet();
    final String bpoReference = "LEAD/" + bpoLeadId;

    private final Instant start;
    private int minutes;
    private String ownerId;
    private String ownerName;
    private String stage;

    LeadStory(Instant start) {
        this.start = start.truncatedTo(ChronoUnit.SECONDS);
    }

    /** Returns the time of the next event, one minute after the previous one. */
    Instant nextTime() {
        return start.plus(++minutes, ChronoUnit.MINUTES);
    }

    Aggregate lead() {
        return new Aggregate(Aggregate.LEAD, leadId, reference);
    }

    EventEnvelope endorsed(String endorsedBy) {
        stage = "NEGOTIATION";
        var data = new LeadEvents.LeadEndorsed(snapshot(), bpoLeadId, bpoReference, BPO_URL_PREFIX + bpoLeadId, endorsedBy);
        return leadEvent(LeadEvents.ENDORSED, TestEvents.BPO_CRM, data);
    }

    EventEnvelope created(Actor owner) {
        stage = "NEW";
        ownerId = owner.id();
        ownerName = owner.name();
        return leadEvent(LeadEvents.CREATED, owner, new LeadEvents.LeadCreated(snapshot()));
    }

    EventEnvelope claimed(Actor agent) {
        ownerId = agent.id();
        ownerName = agent.name();
        return leadEvent(LeadEvents.ASSIGNED, agent, new LeadEvents.LeadAssigned(null, null, agent.id(), agent.name(), true));
    }

    EventEnvelope reassigned(Actor to, Actor by) {
        var data = new LeadEvents.LeadAssigned(ownerId, ownerName, to.id(), to.name(), false);
        ownerId = to.id();
        ownerName = to.name();
        return leadEvent(LeadEvents.ASSIGNED, by, data);
    }

    EventEnvelope stageChanged(String to, Actor by) {
        var data = new LeadEvents.StageChanged(stage, to);
        stage = to;
        return leadEvent(LeadEvents.STAGE_CHANGED, by, data);
    }

    EventEnvelope updated(Actor by, FieldChange... changes) {
        return leadEvent(LeadEvents.UPDATED, by, new LeadEvents.LeadUpdated(List.of(changes)));
    }

    EventEnvelope callLogged(Actor by, int seconds, String result, String summary) {
        return leadEvent(LeadEvents.CALL_LOGGED, by, new LeadEvents.CallLogged(UUID.randomUUID().toString(), seconds, result, summary));
    }

    EventEnvelope quotationLinked(Actor by) {
        var data = new LeadEvents.QuotationLinked(saleOrderId, saleOrderName, List.of(new FieldChange("saleOrderId", null, saleOrderId)));
        return leadEvent(LeadEvents.QUOTATION_LINKED, by, data);
    }

    EventEnvelope orderCreated(Actor by) {
        return orderEvent(SaleOrderEvents.CREATED, by, new SaleOrderEvents.SaleOrderCreated(order("DRAFT", "25000.00", null)));
    }

    EventEnvelope orderLinesChanged(Actor by) {
        var data = new SaleOrderEvents.LinesChanged(order("DRAFT", "24500.00", null),
                List.of(new FieldChange("lines[2].priceUnit", null, "-500.00")));
        return orderEvent(SaleOrderEvents.LINES_CHANGED, by, data);
    }

    EventEnvelope orderConfirmed(Actor by, Instant confirmedAt) {
        return orderEvent(SaleOrderEvents.CONFIRMED, by, new SaleOrderEvents.SaleOrderConfirmed(order("SALE", "24500.00", confirmedAt)));
    }

    EventEnvelope pickingCreated() {
        return pickingEvent(PickingEvents.CREATED, Actor.service("delivery-service"), picking("CONFIRMED", "0", "0", null, null), null);
    }

    EventEnvelope pickingAssigned(Actor by) {
        return pickingEvent(PickingEvents.ASSIGNED, by, picking("ASSIGNED", "1", "0", null, null), "CONFIRMED");
    }

    EventEnvelope pickingValidated(Actor by, Instant dateDone) {
        return pickingEvent(PickingEvents.VALIDATED, by, picking("DONE", "1", "1", dateDone, by.id()), "ASSIGNED");
    }

    EventEnvelope won(Actor by, Instant dateWon, boolean endorsed) {
        var data = new LeadEvents.LeadWon(stage, dateWon, saleOrderId, saleOrderName,
                endorsed ? bpoLeadId : null, endorsed ? bpoReference : null);
        stage = "WON";
        return leadEvent(LeadEvents.WON, by, data);
    }

    EventEnvelope lost(Actor by, Instant dateLost, String reason, String notes, boolean endorsed) {
        var data = new LeadEvents.LeadLost(stage, dateLost, reason, notes, null, null,
                endorsed ? bpoLeadId : null, endorsed ? bpoReference : null);
        stage = "LOST";
        return leadEvent(LeadEvents.LOST, by, data);
    }

    EventEnvelope deleted(Actor by) {
        return leadEvent(LeadEvents.DELETED, by, new LeadEvents.LeadDeleted(reference));
    }

    EventEnvelope callbackSucceeded(String outcome, int attempts) {
        return callbackEvent(BpoCallbackEvents.SUCCEEDED, outcome, attempts, null);
    }

    EventEnvelope callbackFailed(String outcome, int attempts, String error) {
        return callbackEvent(BpoCallbackEvents.FAILED, outcome, attempts, error);
    }

    private EventEnvelope leadEvent(String type, Actor actor, Object data) {
        return TestEvents.publish(Topics.LEAD_EVENTS, leadId, TestEvents.envelope(type, lead(), leadId, actor, nextTime(), data));
    }

    private EventEnvelope orderEvent(String type, Actor actor, Object data) {
        Aggregate order = new Aggregate(Aggregate.SALE_ORDER, saleOrderId, saleOrderName);
        return TestEvents.publish(Topics.SALE_ORDER_EVENTS, saleOrderId, TestEvents.envelope(type, order, leadId, actor, nextTime(), data));
    }

    private EventEnvelope pickingEvent(String type, Actor actor, PickingEvents.PickingSnapshot picking, String stateFrom) {
        Aggregate aggregate = new Aggregate(Aggregate.PICKING, pickingId, pickingName);
        var data = new PickingEvents.PickingChanged(picking, stateFrom);
        return TestEvents.publish(Topics.PICKING_EVENTS, saleOrderId, TestEvents.envelope(type, aggregate, leadId, actor, nextTime(), data));
    }

    private EventEnvelope callbackEvent(String type, String outcome, int attempts, String error) {
        Instant at = nextTime();
        String jobId = UUID.randomUUID().toString();
        Aggregate job = new Aggregate(Aggregate.BPO_CALLBACK, jobId, reference);
        var data = new BpoCallbackEvents.CallbackResult(jobId, leadId, reference, bpoLeadId, bpoReference, outcome, attempts, error, at);
        return TestEvents.publish(Topics.BPO_CALLBACK_EVENTS, leadId,
                TestEvents.envelope(type, job, leadId, Actor.service("bpo-connector"), at, data));
    }

    private LeadEvents.LeadSnapshot snapshot() {
        var customer = new LeadEvents.Customer(UUID.randomUUID().toString(), "Ana Reyes", "+639171234567", "ana@example.com");
        return new LeadEvents.LeadSnapshot(reference, stage, ownerId, ownerName, customer, UUID.randomUUID().toString(), productId,
                "Sedan 1.5 AT", 1, new BigDecimal("25000.00"), "Wants delivery before June");
    }

    private SaleOrderEvents.SaleOrderSnapshot order(String state, String total, Instant confirmedAt) {
        var line = new SaleOrderEvents.Line(UUID.randomUUID().toString(), productId, "Sedan 1.5 AT", BigDecimal.ONE,
                new BigDecimal("25000.00"), BigDecimal.ZERO, new BigDecimal("25000.00"), true);
        return new SaleOrderEvents.SaleOrderSnapshot(saleOrderName, state, UUID.randomUUID().toString(), "Ana Reyes",
                UUID.randomUUID().toString(), reference, leadId, List.of(line), new BigDecimal(total), confirmedAt, TestEvents.AGENT1.id());
    }

    private PickingEvents.PickingSnapshot picking(String state, String reserved, String done, Instant dateDone, String validatedBy) {
        var line = new PickingEvents.Line(productId, BigDecimal.ONE, new BigDecimal(reserved), new BigDecimal(done));
        return new PickingEvents.PickingSnapshot(pickingId, pickingName, saleOrderId, saleOrderName, state, null, List.of(line),
                dateDone, validatedBy);
    }
}
