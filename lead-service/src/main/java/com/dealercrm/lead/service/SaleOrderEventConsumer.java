package com.dealercrm.lead.service;

import com.dealercrm.events.EventEnvelope;
import com.dealercrm.events.EventJson;
import com.dealercrm.events.SaleOrderEvents;
import com.dealercrm.events.SaleOrderEvents.SaleOrderSnapshot;
import com.dealercrm.lead.SaleOrder;
import com.dealercrm.lead.SaleOrderState;
import com.dealercrm.lead.repository.SaleOrderRepository;
import com.dealercrm.platform.inbox.EventInbox;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Handles dealer.sale-order.events once per event id: keeps the copy of each order, and links an
 * order from its created event to the lead it names when that lead has no link yet.
 */
@ApplicationScoped
public class SaleOrderEventConsumer {

    private static final Set<String> KNOWN_TYPES = Set.of(
            SaleOrderEvents.CREATED,
            SaleOrderEvents.LINES_CHANGED,
            SaleOrderEvents.CONFIRMED,
            SaleOrderEvents.LOCKED,
            SaleOrderEvents.CANCELLED);

    private final SaleOrderRepository saleOrders;
    private final QuotationLinkService links;
    private final Map<String, EventInbox.Handler> handlers;

    public SaleOrderEventConsumer(SaleOrderRepository saleOrders, QuotationLinkService links) {
        this.saleOrders = saleOrders;
        this.links = links;
        this.handlers = Map.of(
                SaleOrderEvents.CREATED, this::onCreated,
                SaleOrderEvents.LINES_CHANGED, event -> record(event, EventJson.data(event, SaleOrderEvents.LinesChanged.class).order()),
                SaleOrderEvents.CONFIRMED, event -> record(event, EventJson.data(event, SaleOrderEvents.SaleOrderConfirmed.class).order()),
                SaleOrderEvents.LOCKED, event -> record(event, EventJson.data(event, SaleOrderEvents.SaleOrderLocked.class).order()),
                SaleOrderEvents.CANCELLED, event -> record(event, EventJson.data(event, SaleOrderEvents.SaleOrderCancelled.class).order()));
    }

    /** Returns the handlers that {@link IncomingEventConsumer} runs for this topic's records. */
    EventInbox.TopicHandlers topicHandlers() {
        return new EventInbox.TopicHandlers(KNOWN_TYPES, handlers);
    }

    private Uni<Void> onCreated(EventEnvelope event) {
        SaleOrderSnapshot snapshot = EventJson.data(event, SaleOrderEvents.SaleOrderCreated.class).order();
        return upsert(event, snapshot)
                .chain(order -> order.leadId == null
                        ? Uni.createFrom().voidItem()
                        : links.linkFromEvent(order.leadId, order.id, order.name, event.actor()));
    }

    private Uni<Void> record(EventEnvelope event, SaleOrderSnapshot snapshot) {
        return upsert(event, snapshot)
                .replaceWithVoid();
    }

    /** Creates or updates the order's copy, unless the copy comes from a later event. */
    private Uni<SaleOrder> upsert(EventEnvelope event, SaleOrderSnapshot snapshot) {
        IncomingEvents.required(snapshot, "order", event);
        UUID id = IncomingEvents.uuid(event.aggregateid(), "aggregate id", event);
        Instant time = IncomingEvents.time(event);
        SaleOrderState state = IncomingEvents.enumValue(SaleOrderState.class, snapshot.state(), "order state", event);
        UUID leadId = IncomingEvents.optionalUuid(snapshot.dealerLeadId(), "dealerLeadId", event);
        String name = IncomingEvents.required(snapshot.name(), "order name", event);
        return saleOrders.findById(id)
                .chain(existing -> {
                    if (existing != null && existing.eventTime.isAfter(time)) {
                        Log.debugf("Sale order %s was copied from a later event than %s, keeping the copy", name, event.id());
                        return Uni.createFrom().item(existing);
                    }
                    SaleOrder order = existing != null ? existing : new SaleOrder();
                    order.id = id;
                    order.leadId = leadId;
                    order.name = name;
                    order.state = state;
                    order.hasDeliverableLines = hasDeliverableLines(snapshot.lines());
                    order.eventTime = time;
                    Log.debugf("Sale order %s of lead %s is %s", name, leadId, state);
                    return existing != null ? Uni.createFrom().item(order) : saleOrders.persist(order);
                });
    }

    // delivery-service creates a picking line only for a deliverable line with a positive quantity.
    private static boolean hasDeliverableLines(List<SaleOrderEvents.Line> lines) {
        return lines != null && lines.stream()
                .anyMatch(line -> line.deliverable() && line.quantity() != null && line.quantity().compareTo(BigDecimal.ZERO) > 0);
    }
}
