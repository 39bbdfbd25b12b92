package com.dealercrm.audit.service;

import com.dealercrm.audit.AuditedLead;
import com.dealercrm.audit.mapping.MessageView;
import com.dealercrm.audit.mapping.PagedList;
import com.dealercrm.audit.repository.AuditMessageRepository;
import com.dealercrm.audit.repository.AuditedLeadRepository;
import com.dealercrm.audit.repository.MessageCriteria;
import com.dealercrm.platform.error.ApiException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Reads the chatter: one lead's timeline under the lead's visibility rules, and the search. */
@ApplicationScoped
public class ChatterService {

    private final AuditMessageRepository messages;
    private final AuditedLeadRepository leads;

    public ChatterService(AuditMessageRepository messages, AuditedLeadRepository leads) {
        this.messages = messages;
        this.leads = leads;
    }

    /**
     * Returns the lead's chatter, oldest first, including its sale orders' and pickings'
     * messages. A dealer user sees only leads they own or that are unassigned. Any other lead,
     * and a lead id that no event has named, raises 404.
     */
    @WithSession
    public Uni<PagedList<MessageView>> timeline(String leadId, Viewer viewer, int page, int size) {
        Log.debugf("Reading the chatter of lead %s for %s", leadId, viewer.userId());
        MessageCriteria criteria = MessageCriteria.ofLead(leadId);
        return leads.findById(leadId)
                .flatMap(lead -> checkVisible(leadId, lead, viewer))
                .flatMap(ignored -> page(criteria, page, size))
                .invoke(result -> requireKnown(leadId, result));
    }

    /** Returns one page of the messages matching the criteria, oldest first. */
    @WithSession
    public Uni<PagedList<MessageView>> search(MessageCriteria criteria, int page, int size) {
        Log.debugf("Searching the chatter: %s", criteria);
        return page(criteria, page, size);
    }

    private Uni<PagedList<MessageView>> page(MessageCriteria criteria, int page, int size) {
        AuditMessageRepository.MessageFilter filter = criteria.toFilter();
        return messages.count(filter)
                .flatMap(total -> messages.search(filter, page, size)
                        .map(list -> new PagedList<>(list.stream().map(MessageView::of).toList(), total, page, size)));
    }

    private static Uni<Void> checkVisible(String leadId, AuditedLead lead, Viewer viewer) {
        if (viewer.seesAllLeads()) {
            return Uni.createFrom().voidItem();
        }
        boolean visible = lead != null
                && !lead.deleted
                && (lead.ownerId == null || lead.ownerId.equals(viewer.userId()));
        if (!visible) {
            Log.debugf("Lead %s is not visible to %s", leadId, viewer.userId());
            return Uni.createFrom().failure(notFound(leadId));
        }
        return Uni.createFrom().voidItem();
    }

    /** Raises 404 for a lead without any message, so a manager gets the same response for any unknown id. */
    private static void requireKnown(String leadId, PagedList<MessageView> result) {
        if (result.total() == 0) {
            throw notFound(leadId);
        }
    }

    /**
     * The reader of a timeline.
     *
     * @param userId the token subject
     * @param seesAllLeads true for managers and admins, false for dealer users
     */
    public record Viewer(String userId, boolean seesAllLeads) {
    }

    private static ApiException notFound(String leadId) {
        return ApiException.notFound("Lead " + leadId + " was not found or is not visible to you; check the lead id.");
    }
}
