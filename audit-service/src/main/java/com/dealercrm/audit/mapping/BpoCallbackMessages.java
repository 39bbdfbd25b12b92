package com.dealercrm.audit.mapping;

import com.dealercrm.events.BpoCallbackEvents;
import com.dealercrm.events.EventEnvelope;
import com.dealercrm.events.EventJson;
import java.util.List;

/** Chatter sentences for the results of BPO CRM callbacks, {@link BpoCallbackEvents}. */
final class BpoCallbackMessages {

    private BpoCallbackMessages() {
    }

    /** Returns the message of a callback event, or null for a type this class has no sentence for. */
    static MessageDraft compose(EventEnvelope event) {
        return switch (event.type()) {
            case BpoCallbackEvents.SUCCEEDED -> succeeded(event);
            case BpoCallbackEvents.FAILED -> failed(event);
            default -> null;
        };
    }

    private static MessageDraft succeeded(EventEnvelope event) {
        BpoCallbackEvents.CallbackResult result = EventJson.data(event, BpoCallbackEvents.CallbackResult.class);
        String source = result.bpoReference() != null ? result.bpoReference() : "#" + result.bpoLeadId();
        String body = "BPO CRM source lead " + source + " updated to " + result.outcome() + ".";
        return new MessageDraft(body, List.of(), leadId(event, result), null);
    }

    private static MessageDraft failed(EventEnvelope event) {
        BpoCallbackEvents.CallbackResult result = EventJson.data(event, BpoCallbackEvents.CallbackResult.class);
        String error = result.error() == null || result.error().isBlank() ? "no error text was reported" : result.error().strip();
        return new MessageDraft("BPO CRM callback failed: " + error, List.of(), leadId(event, result), null);
    }

    private static String leadId(EventEnvelope event, BpoCallbackEvents.CallbackResult result) {
        return event.leadid() != null ? event.leadid() : result.leadId();
    }
}
