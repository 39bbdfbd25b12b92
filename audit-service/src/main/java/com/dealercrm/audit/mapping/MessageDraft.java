package com.dealercrm.audit.mapping;

import com.dealercrm.events.FieldChange;
import java.util.List;

/**
 * The content of a chatter message composed from one event, before it is attributed and chained.
 *
 * @param body one human sentence
 * @param changes tracked field changes, old and new value as text
 * @param leadId the lead the message belongs to, or null when the event does not name it
 * @param saleOrderId the sale order of an order or picking message, else null
 */
public record MessageDraft(String body, List<FieldChange> changes, String leadId, String saleOrderId) {

    public MessageDraft {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }
}
