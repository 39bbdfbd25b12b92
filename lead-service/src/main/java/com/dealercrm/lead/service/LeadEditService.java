package com.dealercrm.lead.service;

import com.dealercrm.events.Actor;
import com.dealercrm.events.FieldChange;
import com.dealercrm.lead.Lead;
import com.dealercrm.lead.mapping.LeadMapper;
import com.dealercrm.lead.mapping.LeadPatch;
import com.dealercrm.lead.mapping.LeadPatchRequest;
import com.dealercrm.lead.repository.DealerUserRepository;
import com.dealercrm.lead.repository.LeadRepository;
import com.dealercrm.platform.outbox.EventOutbox;
import com.dealercrm.platform.security.CallerIdentity;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Applies tracked edits to a lead: customer, vehicle interest, budget, trade-in, financing, notes,
 * brand, product, quantity and expected price. One edit records one event with the old and new
 * value of every field it changed; an edit that changes nothing records none.
 */
@ApplicationScoped
public class LeadEditService {

    private final LeadRepository leads;
    private final DealerUserRepository users;
    private final PartnerService partners;
    private final PhoneNumbers phoneNumbers;
    private final LeadAccess access;
    private final LeadEventPublisher events;
    private final EventOutbox outbox;
    private final CallerIdentity caller;

    public LeadEditService(LeadRepository leads, DealerUserRepository users, PartnerService partners, PhoneNumbers phoneNumbers,
            LeadAccess access, LeadEventPublisher events, EventOutbox outbox, CallerIdentity caller) {
        this.leads = leads;
        this.users = users;
        this.partners = partners;
        this.phoneNumbers = phoneNumbers;
        this.access = access;
        this.events = events;
        this.outbox = outbox;
        this.caller = caller;
    }

    /** Applies the patch when {@code ifMatch} is absent or names the lead's current version. */
    @WithTransaction
    public Uni<Lead> update(UUID id, String ifMatch, LeadPatch patch) {
        Actor actor = caller.actor();
        Log.debugf("Edit of lead %s (fields %s) by %s", id, patch.fields(), actor.id());
        return Uni.createFrom().item(() -> mobile(patch))
                .call(mobile -> users.remember(actor.id(), actor.name()))
                .chain(mobile -> leads.findForUpdate(id)
                        .map(lead -> access.requireWorkable(lead, id))
                        .invoke(lead -> IfMatch.check(lead, ifMatch))
                        .call(lead -> apply(lead, patch, mobile, actor)));
    }

    private Uni<Void> apply(Lead lead, LeadPatch patch, String mobile, Actor actor) {
        List<FieldChange> changes = new ArrayList<>();
        boolean contactChanged = applyCustomer(lead, patch, mobile, changes);
        applyVehicleAndTerms(lead, patch, changes);
        Uni<Void> partnerMatched = contactChanged ? rematchPartner(lead, changes) : Uni.createFrom().voidItem();
        return partnerMatched.chain(() -> record(lead, changes, actor));
    }

    private Uni<Void> record(Lead lead, List<FieldChange> changes, Actor actor) {
        if (changes.isEmpty()) {
            Log.debugf("Edit of lead %s changed nothing", lead.reference);
            return Uni.createFrom().voidItem();
        }
        lead.updatedAt = outbox.now();
        Log.infof("Lead %s edited by %s: %d field(s) changed", lead.reference, actor.name(), changes.size());
        return events.updated(lead, changes, actor);
    }

    /** Applies the customer fields; returns true when the mobile or email changed. */
    private static boolean applyCustomer(Lead lead, LeadPatch patch, String mobile, List<FieldChange> changes) {
        LeadPatchRequest.Customer customer = patch.values().customer();
        boolean contactChanged = false;
        if (patch.has("customer.name")) {
            lead.customerName = track(changes, "customer.name", lead.customerName, Values.text(customer.name()));
        }
        if (patch.has("customer.mobile")) {
            contactChanged |= !Objects.equals(lead.customerMobile, mobile);
            lead.customerMobile = track(changes, "customer.mobile", lead.customerMobile, mobile);
        }
        if (patch.has("customer.email")) {
            String email = Values.text(customer.email());
            contactChanged |= !Objects.equals(lead.customerEmail, email);
            lead.customerEmail = track(changes, "customer.email", lead.customerEmail, email);
        }
        return contactChanged;
    }

    private static void applyVehicleAndTerms(Lead lead, LeadPatch patch, List<FieldChange> changes) {
        LeadPatchRequest values = patch.values();
        if (patch.has("brandId")) {
            lead.brandId = track(changes, "brandId", lead.brandId, values.brandId());
        }
        if (patch.has("productId")) {
            lead.productId = track(changes, "productId", lead.productId, values.productId());
        }
        if (patch.has("vehicleModelText")) {
            lead.vehicleModelText = track(changes, "vehicleModelText", lead.vehicleModelText, Values.text(values.vehicleModelText()));
        }
        if (patch.has("quantity")) {
            lead.quantity = track(changes, "quantity", lead.quantity, values.quantity());
        }
        if (patch.has("expectedPrice")) {
            lead.expectedPrice = track(changes, "expectedPrice", lead.expectedPrice, Values.money(values.expectedPrice()));
        }
        if (patch.has("budget")) {
            lead.budget = track(changes, "budget", lead.budget, Values.money(values.budget()));
        }
        if (patch.has("tradeIn")) {
            lead.tradeIn = track(changes, "tradeIn", lead.tradeIn, Values.text(values.tradeIn()));
        }
        if (patch.has("financing")) {
            lead.financing = track(changes, "financing", lead.financing, Values.text(values.financing()));
        }
        if (patch.has("notes")) {
            lead.notes = track(changes, "notes", lead.notes, Values.text(values.notes()));
        }
    }

    // A new mobile or email may belong to another customer, so the partner is matched again,
    // the same way as on intake.
    private Uni<Void> rematchPartner(Lead lead, List<FieldChange> changes) {
        PartnerService.Customer customer = new PartnerService.Customer(lead.customerName, lead.customerMobile, lead.customerEmail);
        return partners.resolve(customer)
                .invoke(partner -> lead.partnerId = track(changes, "customer.partnerId", lead.partnerId, partner.id))
                .replaceWithVoid();
    }

    private String mobile(LeadPatch patch) {
        if (!patch.has("customer.mobile")) {
            return null;
        }
        return phoneNumbers.toE164("customer.mobile", patch.values().customer().mobile());
    }

    private static <T> T track(List<FieldChange> changes, String field, T oldValue, T newValue) {
        if (!Objects.equals(oldValue, newValue)) {
            changes.add(new FieldChange(field, LeadMapper.text(oldValue), LeadMapper.text(newValue)));
        }
        return newValue;
    }
}
