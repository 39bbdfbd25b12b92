package com.dealercrm.delivery.service;

import com.dealercrm.events.SaleOrderEvents;
import com.dealercrm.platform.inbox.EventInbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes dealer.sale-order.events once per event id. A record that is not a readable
 * sale-order event goes to dealer.sale-order.events.dlq and the consumer carries on.
 */
@ApplicationScoped
public class SaleOrderEventConsumer {

    static final String CONSUMER = "delivery-service";

    private static final Set<String> KNOWN_TYPES = Set.of(
            SaleOrderEvents.CREATED,
            SaleOrderEvents.LINES_CHANGED,
            SaleOrderEvents.CONFIRMED,
            SaleOrderEvents.LOCKED,
            SaleOrderEvents.CANCELLED);

    private final EventInbox inbox;
    private final Map<String, EventInbox.Handler> handlers;

    public SaleOrderEventConsumer(EventInbox inbox, SaleOrderEventHandlers handlers) {
        this.inbox = inbox;
        this.handlers = Map.of(
                SaleOrderEvents.CREATED, handlers::onCreated,
                SaleOrderEvents.LINES_CHANGED, handlers::onLinesChanged,
                SaleOrderEvents.CONFIRMED, handlers::onConfirmed,
                SaleOrderEvents.LOCKED, handlers::onLocked,
                SaleOrderEvents.CANCELLED, handlers::onCancelled);
    }

    @Incoming("sale-order-events")
    public Uni<Void> onSaleOrderEvent(String payload) {
        return inbox.consume(CONSUMER, payload, KNOWN_TYPES, handlers);
    }
}
