package com.dealercrm.audit.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealercrm.audit.AuditMessage;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class MessageChainTest {

    @Test
    void hashIsStableSha256() {
        String first = MessageChain.hash(message());
        String second = MessageChain.hash(message());

        assertThat(first).matches("[0-9a-f]{64}").isEqualTo(second);
    }

    @Test
    void everyColumnChangesHash() {
        String original = MessageChain.hash(message());
        java.util.List<Consumer<AuditMessage>> edits = java.util.List.of(
                message -> message.sequenceNumber = 8,
                message -> message.id = UUID.randomUUID(),
                message -> message.eventId = UUID.randomUUID(),
                message -> message.occurredAt = message.occurredAt.plusNanos(1000),
                message -> message.recordedAt = message.recordedAt.plusSeconds(1),
                message -> message.actorId = "someone-else",
                message -> message.actorName = "agent2",
                message -> message.eventType = "dealer.lead.lost",
                message -> message.body = "Stage changed from Negotiation to Lost.",
                message -> message.changes = "[]",
                message -> message.aggregateType = "sale-order",
                message -> message.aggregateId = "other",
                message -> message.aggregateReference = null,
                message -> message.leadId = null,
                message -> message.saleOrderId = "so-1",
                message -> message.previousHash = "1".repeat(64));

        for (Consumer<AuditMessage> edit : edits) {
            AuditMessage edited = message();
            edit.accept(edited);
            assertThat(MessageChain.hash(edited)).isNotEqualTo(original);
        }
    }

    @Test
    void valuesCannotShiftBetweenColumns() {
        AuditMessage split = message();
        split.actorId = "agent";
        split.actorName = "1x";
        AuditMessage shifted = message();
        shifted.actorId = "agent1";
        shifted.actorName = "x";

        assertThat(MessageChain.hash(split)).isNotEqualTo(MessageChain.hash(shifted));
    }

    private static AuditMessage message() {
        AuditMessage message = new AuditMessage();
        message.sequenceNumber = 7;
        message.id = UUID.fromString("00000000-0000-4000-8000-000000000001");
        message.eventId = UUID.fromString("00000000-0000-4000-8000-000000000002");
        message.occurredAt = Instant.parse("2026-05-04T10:15:30.123456Z");
        message.recordedAt = Instant.parse("2026-05-04T10:15:31Z");
        message.actorId = "agent-id";
        message.actorName = "agent1";
        message.eventType = "dealer.lead.won";
        message.body = "Stage changed from Negotiation to Won.";
        message.changes = "[{\"field\":\"stage\",\"old\":\"NEGOTIATION\",\"new\":\"WON\"}]";
        message.aggregateType = "lead";
        message.aggregateId = "lead-1";
        message.aggregateReference = "DLEAD/00042";
        message.leadId = "lead-1";
        message.saleOrderId = null;
        message.previousHash = MessageChain.GENESIS;
        return message;
    }
}
