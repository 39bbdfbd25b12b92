package com.dealercrm.audit.repository;

import com.dealercrm.audit.AuditMessage;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Reads and appends chatter messages. There is no update or delete: the table refuses both. */
@ApplicationScoped
public class AuditMessageRepository implements PanacheRepositoryBase<AuditMessage, Long> {

    /** Key of the transaction-level advisory lock that serialises appends to the chain. */
    private static final long CHAIN_LOCK = 0x6175646974L;

    private static final String LOCK_CHAIN = "SELECT 1 FROM pg_advisory_xact_lock(" + CHAIN_LOCK + ")";

    /** Waits until no other transaction appends to the chain; the lock is released at commit or rollback. */
    public Uni<Void> lockChain() {
        return getSession()
                .flatMap(session -> session.createNativeQuery(LOCK_CHAIN, Integer.class).getSingleResult())
                .replaceWithVoid();
    }

    /** Returns the newest message of the chain, or null while the log is empty. */
    public Uni<AuditMessage> findLast() {
        return find("order by sequenceNumber desc")
                .firstResult();
    }

    /** Returns up to {@code limit} messages after the given sequence number, in chain order. */
    public Uni<List<AuditMessage>> listAfter(long sequenceNumber, int limit) {
        return find("sequenceNumber > ?1", Sort.by("sequenceNumber"), sequenceNumber)
                .page(Page.ofSize(limit))
                .list();
    }

    /** Returns one page of the messages matching a filter, oldest first. */
    public Uni<List<AuditMessage>> search(MessageFilter filter, int page, int size) {
        return find(filter.query(), Sort.by("occurredAt").and("sequenceNumber"), filter.parameters())
                .page(Page.of(page, size))
                .list();
    }

    public Uni<Long> count(MessageFilter filter) {
        return count(filter.query(), filter.parameters());
    }

    /** A conjunction of optional conditions on chatter messages, as an HQL condition and its parameters. */
    public record MessageFilter(String query, Parameters parameters) {
    }
}
