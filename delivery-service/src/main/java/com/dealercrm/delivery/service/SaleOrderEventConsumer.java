package com.dealercrm.delivery.service;

import com.dealercrm.events.MalformedEventException;
import com.dealercrm.events.SaleOrderEvents;
import com.dealercrm.platform.inbox.EventInbox;
import io.quarkus.logging.Log;
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
                SaleOrderEvents.CREATED, warnIfMalformed(handlers::onCreated),
                SaleOrderEvents.LINES_CHANGED, warnIfMalformed(handlers::onLinesChanged),
                SaleOrderEvents.CONFIRMED, warnIfMalformed(handlers::onConfirmed),
                SaleOrderEvents.LOCKED, warnIfMalformed(handlers::onLocked),
                SaleOrderEvents.CANCELLED, warnIfMalformed(handlers::onCancelled));
    }

    @Incoming("sale-order-events")
    public Uni<Void> onSaleOrderEvent(String payload) {
        return inbox.consume(CONSUMER, payload, KNOWN_TYPES, handlers);
    }

    /**
     * Logs the reason when a handler finds the event's data malformed, because the inbox logs only
     * the records it cannot parse before such an event goes to the dead-letter topic.
     */
    private static EventInbox.Handler warnIfMalformed(EventInbox.Handler handler) {
        return envelope -> Uni.createFrom().deferred(() -> handler.apply(envelope))
                .onFailure(MalformedEventException.class)
                .invoke(failure -> Log.warnf("%s is sending event %s (%s) of sale order %s to the dead-letter topic: %s",
                        CONSUMER, envelope.id(), envelope.type(), envelope.aggregateid(), failure.getMessage()));
    }
}
