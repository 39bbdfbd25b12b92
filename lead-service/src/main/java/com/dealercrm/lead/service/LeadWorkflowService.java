package com.dealercrm.lead.service;

import com.dealercrm.events.Actor;
import com.dealercrm.lead.BpoSyncStatus;
import com.dealercrm.lead.Lead;
import com.dealercrm.lead.LeadStage;
import com.dealercrm.lead.mapping.AssignRequest;
import com.dealercrm.lead.mapping.MarkLostRequest;
import com.dealercrm.lead.repository.DealerUserRepository;
import com.dealercrm.lead.repository.LeadRepository;
import com.dealercrm.platform.error.ApiException;
import com.dealercrm.platform.outbox.EventOutbox;
import com.dealercrm.platform.security.CallerIdentity;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Moves leads through the pipeline and between owners: stage changes, claim, assign, Mark Won,
 * Mark Lost, archive, unarchive and delete. Each command locks the lead's row, checks access and
 * state, and changes the lead in one transaction that records one event, or none when nothing changed.
 * Won and Lost set the BPO sync status of an endorsed lead to PENDING.
 */
@ApplicationScoped
public class LeadWorkflowService {

    private final LeadRepository leads;
    private final DealerUserRepository users;
    private final LeadAccess access;
    private final LeadEventPublisher events;
    private final EventOutbox outbox;
    private final CallerIdentity caller;

    public LeadWorkflowService(LeadRepository leads, DealerUserRepository users, LeadAccess access, LeadEventPublisher events,
            EventOutbox outbox, CallerIdentity caller) {
        this.leads = leads;
        this.users = users;
        this.access = access;
        this.events = events;
        this.outbox = outbox;
        this.caller = caller;
    }

    /** Moves the lead one stage forward. */
    @WithTransaction
    public Uni<Lead> changeStage(UUID id, LeadStage target) {
        Actor actor = caller.actor();
        Log.debugf("Stage change of lead %s to %s by %s", id, target, actor.id());
        return lockWorkable(id, actor)
                .invoke(lead -> StageRules.checkStep(lead, target))
                .call(lead -> moveStage(lead, target, actor));
    }

    /** Makes the caller the owner of an unassigned open lead. */
    @WithTransaction
    public Uni<Lead> claim(UUID id) {
        Actor actor = caller.actor();
        Log.debugf("Claim of lead %s by %s", id, actor.id());
        return users.remember(actor.id(), actor.name())
                .chain(() -> leads.findForUpdate(id))
                .map(lead -> access.requireVisible(lead, id))
                .invoke(lead -> checkClaimable(lead, actor))
                .call(lead -> changeOwner(lead, actor.id(), actor.name(), true, actor));
    }

    /**
     * Makes the user the owner of the lead. The owner's name is the one the user last signed in
     * with, else the name in the request. Assigning the current owner again changes nothing.
     */
    @WithTransaction
    public Uni<Lead> assign(UUID id, AssignRequest request) {
        Actor actor = caller.actor();
        String userId = request.userId().trim();
        Log.debugf("Assignment of lead %s to %s by %s", id, userId, actor.id());
        return users.findName(userId)
                .map(knownName -> knownName != null ? knownName : Values.text(request.userName()))
                .chain(userName -> leads.findForUpdate(id)
                        .map(lead -> access.requireVisible(lead, id))
                        .call(lead -> reassign(lead, userId, userName, actor)));
    }

    /**
     * Loads a lead for Mark Won and checks what this service alone can check: access, the stage
     * and the link to a sale order. {@link MarkWonService} then checks the order with its owners.
     */
    @WithSession
    public Uni<Lead> findWinnable(UUID id) {
        Log.debugf("Mark Won of lead %s by %s", id, caller.id());
        return leads.findById(id)
                .map(lead -> access.requireWorkable(lead, id))
                .invoke(LeadWorkflowService::checkWinnable);
    }

    /**
     * Moves the lead to Won, once the Mark Won gate passed. The lead's row is locked first, so of
     * two concurrent calls one moves the lead and records the event, and the other gets a 409
     * because the lead is already Won.
     */
    @WithTransaction
    public Uni<Lead> win(UUID id) {
        Actor actor = caller.actor();
        return lockWorkable(id, actor)
                .invoke(LeadWorkflowService::checkWinnable)
                .call(lead -> moveToWon(lead, actor));
    }

    /** Moves an open lead to Lost with the reason and notes; a linked sale order is left as it is. */
    @WithTransaction
    public Uni<Lead> markLost(UUID id, MarkLostRequest request) {
        Actor actor = caller.actor();
        Log.debugf("Mark Lost of lead %s by %s", id, actor.id());
        return lockWorkable(id, actor)
                .invoke(lead -> StageRules.checkOpen(lead, "be marked lost"))
                .call(lead -> lose(lead, request, actor));
    }

    /** Sets whether the lead is active; archiving takes it off the kanban and the default All Leads list. */
    @WithTransaction
    public Uni<Lead> setActive(UUID id, boolean active) {
        Actor actor = caller.actor();
        Log.debugf("Setting lead %s active=%s by %s", id, active, actor.id());
        return lockWorkable(id, actor)
                .call(lead -> lead.active == active ? Uni.createFrom().voidItem() : changeActive(lead, active, actor));
    }

    /** Deletes a lead and its calls, unless a sale order is linked to it. */
    @WithTransaction
    public Uni<Void> delete(UUID id) {
        Actor actor = caller.actor();
        Log.debugf("Deletion of lead %s by %s", id, actor.id());
        return leads.findForUpdate(id)
                .map(lead -> access.requireVisible(lead, id))
                .invoke(LeadWorkflowService::checkDeletable)
                .call(lead -> events.deleted(lead, actor))
                .call(lead -> leads.delete(lead))
                .invoke(lead -> Log.infof("Lead %s %s deleted by %s", lead.reference, lead.id, actor.name()))
                .replaceWithVoid();
    }

    private Uni<Lead> lockWorkable(UUID id, Actor actor) {
        return users.remember(actor.id(), actor.name())
                .chain(() -> leads.findForUpdate(id))
                .map(lead -> access.requireWorkable(lead, id));
    }

    private Uni<Void> moveStage(Lead lead, LeadStage target, Actor actor) {
        LeadStage from = lead.stage;
        lead.stage = target;
        lead.updatedAt = outbox.now();
        Log.infof("Lead %s moved from %s to %s by %s", lead.reference, from, target, actor.name());
        return events.stageChanged(lead, from, actor);
    }

    private Uni<Void> reassign(Lead lead, String userId, String userName, Actor actor) {
        if (lead.isOwnedBy(userId)) {
            Log.debugf("Lead %s already belongs to %s, nothing to assign", lead.reference, userId);
            return Uni.createFrom().voidItem();
        }
        return changeOwner(lead, userId, userName, false, actor);
    }

    private Uni<Void> changeOwner(Lead lead, String userId, String userName, boolean claimed, Actor actor) {
        String fromId = lead.ownerId;
        String fromName = lead.ownerName;
        lead.ownerId = userId;
        lead.ownerName = userName;
        lead.updatedAt = outbox.now();
        Log.infof("Lead %s %s by %s, owner %s -> %s", lead.reference, claimed ? "claimed" : "assigned", actor.name(), fromId, userId);
        return events.assigned(lead, fromId, fromName, claimed, actor);
    }

    private Uni<Void> moveToWon(Lead lead, Actor actor) {
        LeadStage from = lead.stage;
        lead.stage = LeadStage.WON;
        lead.dateWon = outbox.now();
        lead.updatedAt = lead.dateWon;
        markBpoSyncPending(lead);
        Log.infof("Lead %s marked won with sale order %s by %s", lead.reference, lead.saleOrderName, actor.name());
        return events.won(lead, from, actor);
    }

    private Uni<Void> lose(Lead lead, MarkLostRequest request, Actor actor) {
        LeadStage from = lead.stage;
        lead.stage = LeadStage.LOST;
        lead.dateLost = outbox.now();
        lead.lostReason = request.reason();
        lead.lostNotes = Values.text(request.notes());
        lead.updatedAt = lead.dateLost;
        markBpoSyncPending(lead);
        Log.infof("Lead %s marked lost (%s) by %s", lead.reference, request.reason(), actor.name());
        return events.lost(lead, from, actor);
    }

    // bpo-connector reports the outcome of an endorsed lead to BPO CRM and publishes the result,
    // which sets SYNCED or FAILED.
    private static void markBpoSyncPending(Lead lead) {
        if (lead.isEndorsed()) {
            lead.bpoSyncStatus = BpoSyncStatus.PENDING;
        }
    }

    private Uni<Void> changeActive(Lead lead, boolean active, Actor actor) {
        lead.active = active;
        lead.updatedAt = outbox.now();
        Log.infof("Lead %s %s by %s", lead.reference, active ? "unarchived" : "archived", actor.name());
        return events.activeChanged(lead, actor);
    }

    private void checkClaimable(Lead lead, Actor actor) {
        StageRules.checkOpen(lead, "be claimed");
        if (lead.isOwnedBy(actor.id())) {
            throw ApiException.conflict("You already own lead " + lead.reference + ".");
        }
        if (lead.ownerId != null) {
            String owner = lead.ownerName != null ? lead.ownerName : lead.ownerId;
            throw ApiException.conflict("Lead " + lead.reference + " is already owned by " + owner
                    + "; only an unassigned lead can be claimed. Ask a manager to reassign it.");
        }
    }

    private static void checkWinnable(Lead lead) {
        if (lead.stage == LeadStage.WON) {
            throw ApiException.conflict("Lead " + lead.reference + " is already Won.");
        }
        StageRules.checkOpen(lead, "be marked won");
        if (lead.stage != LeadStage.NEGOTIATION) {
            throw ApiException.conflict("Mark Won needs the lead in Negotiation, and lead " + lead.reference + " is in "
                    + lead.stage.label() + "; move it forward one stage at a time first.");
        }
        if (lead.saleOrderId == null) {
            throw ApiException.conflict("Create a quotation first with the Convert to Quotation button.");
        }
    }

    private static void checkDeletable(Lead lead) {
        if (lead.saleOrderId != null) {
            throw ApiException.conflict("Lead " + lead.reference + " is linked to sale order " + lead.saleOrderName
                    + " and cannot be deleted; archive it instead.");
        }
    }
}
