package com.dealercrm.audit.service;

import com.dealercrm.audit.AuditMessage;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The SHA-256 hash chain of the audit log. A message's hash covers every stored column but the
 * hash itself, and the previous message's hash, so changing, removing or reordering any message
 * breaks every link after it.
 */
public final class MessageChain {

    /** The previous hash of the first message. */
    public static final String GENESIS = "0".repeat(64);

    /** Version tag inside the hashed text, so the layout can change without ambiguity. */
    private static final String LAYOUT = "audit-message-v1";

    private static final ObjectMapper JSON = new ObjectMapper();

    private MessageChain() {
    }

    /** Computes the hash the message should carry, from its content and its {@code previousHash}. */
    public static String hash(AuditMessage message) {
        String input = message.previousHash + "\n" + canonical(message);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(input.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }

    /**
     * Renders the hashed columns as one JSON array in a fixed order. JSON string escaping keeps
     * the boundaries between values unambiguous whatever text a value contains.
     */
    static String canonical(AuditMessage message) {
        ArrayNode values = JSON.createArrayNode()
                .add(LAYOUT)
                .add(message.sequenceNumber)
                .add(String.valueOf(message.id))
                .add(String.valueOf(message.eventId))
                .add(instant(message.occurredAt))
                .add(instant(message.recordedAt))
                .add(message.actorId)
                .add(message.actorName)
                .add(message.eventType)
                .add(message.body)
                .add(message.changes)
                .add(message.aggregateType)
                .add(message.aggregateId)
                .add(message.aggregateReference)
                .add(message.leadId)
                .add(message.saleOrderId);
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Rendering an array of strings and numbers as JSON cannot fail", e);
        }
    }

    private static String instant(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
