package com.dealercrm.lead.service;

import com.dealercrm.events.Actor;
import com.dealercrm.lead.CallLog;
import com.dealercrm.lead.Lead;
import com.dealercrm.lead.mapping.LogCallRequest;
import com.dealercrm.lead.repository.CallLogRepository;
import com.dealercrm.lead.repository.CallLogRepository.CallCriteria;
import com.dealercrm.lead.repository.DealerUserRepository;
import com.dealercrm.lead.repository.LeadRepository;
import com.dealercrm.platform.outbox.EventOutbox;
import com.dealercrm.platform.security.CallerIdentity;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/** Logs calls on open leads and lists them: per lead, and as Call Logs across the leads the caller may see. */
@ApplicationScoped
public class CallLogService {

    private final CallLogRepository calls;
    private final LeadRepository leads;
    private final DealerUserRepository users;
    private final LeadAccess access;
    private final LeadEventPublisher events;
    private final EventOutbox outbox;
    private final CallerIdentity caller;

    public CallLogService(CallLogRepository calls, LeadRepository leads, DealerUserRepository users, LeadAccess access,
            LeadEventPublisher events, EventOutbox outbox, CallerIdentity caller) {
        this.calls = calls;
        this.leads = leads;
        this.users = users;
        this.access = access;
        this.events = events;
        this.outbox = outbox;
        this.caller = caller;
    }

    /** Logs a call by the caller on an open lead they may work. */
    @WithTransaction
    public Uni<CallLog> log(UUID leadId, LogCallRequest request) {
        Actor actor = caller.actor();
        Log.debugf("Logging a call on lead %s by %s", leadId, actor.id());
        return users.remember(actor.id(), actor.name())
                .chain(() -> leads.findForUpdate(leadId))
                .map(lead -> access.requireWorkable(lead, leadId))
                .invoke(lead -> StageRules.checkOpen(lead, "have calls logged"))
                .chain(lead -> save(lead, request, actor));
    }

    /** Returns the lead's calls, newest first. */
    @WithSession
    public Uni<PageResult<CallLog>> forLead(UUID leadId, int page, int size) {
        Log.debugf("Reading calls of lead %s for %s", leadId, caller.id());
        return leads.findById(leadId)
                .map(lead -> access.requireVisible(lead, leadId))
                .chain(lead -> page(new CallCriteria(leadId, null, null, null, null), page, size));
    }

    /** Returns Call Logs across the leads the caller may see, newest first; {@code to} is exclusive. */
    @WithSession
    public Uni<PageResult<CallLog>> search(String userId, Instant from, Instant to, int page, int size) {
        String visibleTo = caller.isManagerOrAdmin() ? null : caller.id();
        Log.debugf("Searching calls for %s", caller.id());
        return page(new CallCriteria(null, visibleTo, userId, from, to), page, size);
    }

    private Uni<PageResult<CallLog>> page(CallCriteria criteria, int page, int size) {
        return calls.count(criteria)
                .chain(total -> calls.search(criteria, page, size)
                        .map(items -> new PageResult<>(items, total)));
    }

    private Uni<CallLog> save(Lead lead, LogCallRequest request, Actor actor) {
        CallLog call = new CallLog();
        call.id = UUID.randomUUID();
        call.leadId = lead.id;
        call.leadReference = lead.reference;
        call.userId = actor.id();
        call.userName = actor.name();
        call.durationSeconds = request.durationSeconds();
        call.result = request.result();
        call.summary = Values.text(request.summary());
        call.loggedAt = outbox.now();
        Log.infof("Call %s (%s) logged on lead %s by %s", call.id, call.result, lead.reference, actor.name());
        return calls.persist(call)
                .call(saved -> events.callLogged(lead, saved, actor));
    }
}
