package com.dealercrm.audit.service;

import com.dealercrm.audit.mapping.EventTypes;
import com.dealercrm.events.BpoCallbackEvents;
import com.dealercrm.events.LeadEvents;
import com.dealercrm.events.PickingEvents;
import com.dealercrm.events.SaleOrderEvents;
import com.dealercrm.platform.inbox.EventInbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes every event topic, one channel each. Duplicates are skipped by the inbox; malformed
 * records and unknown types go to the topic's dead-letter topic.
 */
@ApplicationScoped
public class AuditEventConsumer {

    static final String CONSUMER = "audit-service";

    private static final Set<String> LEAD_TYPES = EventTypes.declaredIn(LeadEvents.class);
    private static final Set<String> SALE_ORDER_TYPES = EventTypes.declaredIn(SaleOrderEvents.class);
    private static final Set<String> PICKING_TYPES = EventTypes.declaredIn(PickingEvents.class);
    private static final Set<String> BPO_CALLBACK_TYPES = EventTypes.declaredIn(BpoCallbackEvents.class);

    private final EventInbox inbox;
    private final Map<String, EventInbox.Handler> leadHandlers;
    private final Map<String, EventInbox.Handler> saleOrderHandlers;
    private final Map<String, EventInbox.Handler> pickingHandlers;
    private final Map<String, EventInbox.Handler> bpoCallbackHandlers;

    public AuditEventConsumer(EventInbox inbox, EventRecorder recorder) {
        this.inbox = inbox;
        this.leadHandlers = handlers(LEAD_TYPES, recorder);
        this.saleOrderHandlers = handlers(SALE_ORDER_TYPES, recorder);
        this.pickingHandlers = handlers(PICKING_TYPES, recorder);
        this.bpoCallbackHandlers = handlers(BPO_CALLBACK_TYPES, recorder);
    }

    @Incoming("lead-events")
    public Uni<Void> onLeadEvent(String payload) {
        return inbox.consume(CONSUMER, payload, LEAD_TYPES, leadHandlers);
    }

    @Incoming("sale-order-events")
    public Uni<Void> onSaleOrderEvent(String payload) {
        return inbox.consume(CONSUMER, payload, SALE_ORDER_TYPES, saleOrderHandlers);
    }

    @Incoming("picking-events")
    public Uni<Void> onPickingEvent(String payload) {
        return inbox.consume(CONSUMER, payload, PICKING_TYPES, pickingHandlers);
    }

    @Incoming("bpo-callback-events")
    public Uni<Void> onBpoCallbackEvent(String payload) {
        return inbox.consume(CONSUMER, payload, BPO_CALLBACK_TYPES, bpoCallbackHandlers);
    }

    /** Every known type is recorded, so every type gets the same handler. */
    private static Map<String, EventInbox.Handler> handlers(Set<String> types, EventRecorder recorder) {
        EventInbox.Handler handler = recorder::record;
        return types.stream().collect(Collectors.toUnmodifiableMap(Function.identity(), type -> handler));
    }
}
