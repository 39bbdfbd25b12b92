package com.dealercrm.audit.service;

import com.dealercrm.audit.AuditMessage;
import com.dealercrm.audit.repository.AuditMessageRepository;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Verifies the audit log's hash chain from the first message to the last. */
@ApplicationScoped
public class IntegrityService {

    private static final int BATCH_SIZE = 500;

    private final AuditMessageRepository messages;

    public IntegrityService(AuditMessageRepository messages) {
        this.messages = messages;
    }

    /**
     * Walks the chain in sequence order and stops at the first message whose sequence number,
     * previous hash or own hash is not what the messages before it imply.
     *
     * <p>NOTE: removing the newest messages leaves a shorter chain that still verifies. Compare
     * {@code lastSequenceNumber} and {@code lastHash} with a value kept outside this database to
     * detect that.
     */
    @WithSession
    public Uni<IntegrityReport> verify() {
        return verifyFrom(new Cursor(0, MessageChain.GENESIS))
                .invoke(IntegrityService::log);
    }

    private Uni<IntegrityReport> verifyFrom(Cursor cursor) {
        return messages.listAfter(cursor.sequenceNumber(), BATCH_SIZE)
                .call(batch -> messages.getSession().invoke(session -> session.clear()))
                .flatMap(batch -> {
                    Step step = check(batch, cursor);
                    if (step.report() != null) {
                        return Uni.createFrom().item(step.report());
                    }
                    if (batch.size() < BATCH_SIZE) {
                        return Uni.createFrom().item(IntegrityReport.verified(step.cursor().sequenceNumber(), step.cursor().hash()));
                    }
                    return verifyFrom(step.cursor());
                });
    }

    private static Step check(List<AuditMessage> batch, Cursor start) {
        Cursor cursor = start;
        for (AuditMessage message : batch) {
            String problem = problem(message, cursor);
            if (problem != null) {
                var link = new IntegrityReport.BrokenLink(message.sequenceNumber, message.id, message.eventId, problem);
                return new Step(cursor, IntegrityReport.broken(cursor.sequenceNumber(), cursor.hash(), link));
            }
            cursor = new Cursor(message.sequenceNumber, message.hash);
        }
        return new Step(cursor, null);
    }

    /** Returns why the message does not continue the chain after the cursor, or null when it does. */
    private static String problem(AuditMessage message, Cursor cursor) {
        long expected = cursor.sequenceNumber() + 1;
        if (message.sequenceNumber != expected) {
            return "Message " + expected + " is missing: the next stored message is " + message.sequenceNumber + ".";
        }
        if (!cursor.hash().equals(message.previousHash)) {
            return "The previous hash of message " + message.sequenceNumber + " does not match the hash of message " + cursor.sequenceNumber() + ".";
        }
        if (!MessageChain.hash(message).equals(message.hash)) {
            return "The content of message " + message.sequenceNumber + " does not match its hash: it was changed after it was recorded.";
        }
        return null;
    }

    private static void log(IntegrityReport report) {
        if (report.verified()) {
            Log.infof("Audit log verified: %d message(s), last hash %s", report.messages(), report.lastHash());
        } else {
            Log.warnf("Audit log chain is broken at message %d (%s): %s", report.firstBrokenLink().sequenceNumber(),
                    report.firstBrokenLink().messageId(), report.firstBrokenLink().problem());
        }
    }

    private record Cursor(long sequenceNumber, String hash) {
    }

    private record Step(Cursor cursor, IntegrityReport report) {
    }

    /**
     * The result of a chain check.
     *
     * @param verified true when every message continues the chain
     * @param messages the number of messages verified before the end or the first broken link
     * @param lastSequenceNumber the sequence number of the last verified message, 0 for none
     * @param lastHash the hash of the last verified message, the genesis hash for none
     * @param firstBrokenLink the first message that does not continue the chain, or null
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record IntegrityReport(boolean verified, long messages, long lastSequenceNumber, String lastHash, BrokenLink firstBrokenLink) {

        static IntegrityReport verified(long lastSequenceNumber, String lastHash) {
            return new IntegrityReport(true, lastSequenceNumber, lastSequenceNumber, lastHash, null);
        }

        static IntegrityReport broken(long verifiedUpTo, String lastVerifiedHash, BrokenLink link) {
            return new IntegrityReport(false, verifiedUpTo, verifiedUpTo, lastVerifiedHash, link);
        }

        /** A message that breaks the chain and why. */
        public record BrokenLink(long sequenceNumber, UUID messageId, UUID eventId, String problem) {
        }
    }
}
