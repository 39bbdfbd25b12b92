package com.dealercrm.lead.service;

import com.dealercrm.events.Actor;
import com.dealercrm.lead.Lead;
import com.dealercrm.lead.LeadStage;
import com.dealercrm.lead.Partner;
import com.dealercrm.lead.mapping.CreateLeadRequest;
import com.dealercrm.lead.mapping.CustomerInput;
import com.dealercrm.lead.mapping.EndorsementRequest;
import com.dealercrm.lead.repository.DealerUserRepository;
import com.dealercrm.lead.repository.LeadRepository;
import com.dealercrm.platform.outbox.EventOutbox;
import com.dealercrm.platform.security.CallerIdentity;
import com.dealercrm.platform.security.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Takes in new leads: manual leads from dealer agents and leads endorsed by BPO CRM. */
@ApplicationScoped
public class LeadIntakeService {

    private final LeadRepository leads;
    private final DealerUserRepository users;
    private final PartnerService partners;
    private final PhoneNumbers phoneNumbers;
    private final LeadEventPublisher events;
    private final EventOutbox outbox;
    private final CallerIdentity caller;

    public LeadIntakeService(LeadRepository leads, DealerUserRepository users, PartnerService partners, PhoneNumbers phoneNumbers,
            LeadEventPublisher events, EventOutbox outbox, CallerIdentity caller) {
        this.leads = leads;
        this.users = users;
        this.partners = partners;
        this.phoneNumbers = phoneNumbers;
        this.events = events;
        this.outbox = outbox;
        this.caller = caller;
    }

    /** An endorsement's lead, and whether this request created it or found it from an earlier one. */
    public record Intake(Lead lead, boolean created) {
    }

    /** Creates a manual lead in New. A caller with the dealer-user role becomes its owner; others leave it unassigned. */
    @WithTransaction
    public Uni<Lead> create(CreateLeadRequest request) {
        Actor actor = caller.actor();
        boolean ownIt = caller.hasRole(Roles.USER);
        Log.debugf("Creating a manual lead for user %s", actor.id());
        return Uni.createFrom().item(() -> customer(request.customer()))
                .call(customer -> users.remember(actor.id(), actor.name()))
                .chain(customer -> newLead(customer, LeadStage.NEW))
                .invoke(lead -> fillManual(lead, request))
                .invoke(lead -> setOwner(lead, ownIt ? actor : null))
                .call(lead -> leads.persist(lead))
                .call(lead -> events.created(lead, actor))
                .invoke(lead -> Log.infof("Lead %s %s created by %s", lead.reference, lead.id, actor.name()));
    }

    /**
     * Creates an unassigned lead in Negotiation for a BPO source lead, or returns the lead an
     * earlier endorsement of the same BPO lead created. Concurrent endorsements of one BPO lead
     * run one after the other, so they end with one lead.
     */
    @WithTransaction
    public Uni<Intake> endorse(EndorsementRequest request) {
        Actor actor = caller.actor();
        long bpoLeadId = request.bpoLeadId();
        Log.debugf("Endorsement of BPO lead %d by %s", bpoLeadId, actor.id());
        return Uni.createFrom().item(() -> customer(request.customer()))
                .call(customer -> leads.lockBpoSourceLead(bpoLeadId))
                .chain(customer -> leads.findByBpoSourceLeadId(bpoLeadId)
                        .onItem().ifNotNull().transform(existing -> new Intake(existing, false))
                        .onItem().ifNull().switchTo(() -> createEndorsed(request, customer, actor)));
    }

    private Uni<Intake> createEndorsed(EndorsementRequest request, PartnerService.Customer customer, Actor actor) {
        return newLead(customer, LeadStage.NEGOTIATION)
                .invoke(lead -> fillEndorsed(lead, request))
                .call(lead -> leads.persist(lead))
                .call(lead -> events.endorsed(lead, actor))
                .invoke(lead -> Log.infof("Lead %s %s endorsed from BPO lead %d (%s)", lead.reference, lead.id,
                        lead.bpoSourceLeadId, lead.bpoSourceReference))
                .map(lead -> new Intake(lead, true));
    }

    private PartnerService.Customer customer(CustomerInput input) {
        String mobile = phoneNumbers.toE164("customer.mobile", input.mobile());
        return new PartnerService.Customer(Values.text(input.name()), mobile, Values.text(input.email()));
    }

    private Uni<Lead> newLead(PartnerService.Customer customer, LeadStage stage) {
        return partners.resolve(customer)
                .chain(partner -> leads.nextReference()
                        .map(reference -> lead(reference, partner, customer, stage)));
    }

    private Lead lead(String reference, Partner partner, PartnerService.Customer customer, LeadStage stage) {
        Lead lead = new Lead();
        lead.id = UUID.randomUUID();
        lead.reference = reference;
        lead.stage = stage;
        lead.partnerId = partner.id;
        lead.customerName = customer.name();
        lead.customerMobile = customer.mobile();
        lead.customerEmail = customer.email();
        lead.createdAt = outbox.now();
        lead.updatedAt = lead.createdAt;
        return lead;
    }

    private static void fillManual(Lead lead, CreateLeadRequest request) {
        lead.brandId = request.brandId();
        lead.productId = request.productId();
        lead.vehicleModelText = Values.text(request.vehicleModelText());
        lead.quantity = request.quantity() == null ? 1 : request.quantity();
        lead.expectedPrice = Values.money(request.expectedPrice());
        lead.budget = Values.money(request.budget());
        lead.tradeIn = Values.text(request.tradeIn());
        lead.financing = Values.text(request.financing());
        lead.notes = Values.text(request.notes());
    }

    private static void fillEndorsed(Lead lead, EndorsementRequest request) {
        lead.brandId = request.brandId();
        lead.productId = request.productId();
        lead.vehicleModelText = Values.text(request.vehicleModelText());
        lead.quantity = request.quantity() == null ? 1 : request.quantity();
        lead.expectedPrice = Values.money(request.expectedPrice());
        lead.notes = Values.text(request.notes());
        lead.bpoSourceLeadId = request.bpoLeadId();
        lead.bpoSourceReference = Values.text(request.bpoReference());
        lead.bpoSourceUrl = Values.text(request.bpoUrl());
        lead.bpoEndorsedBy = Values.text(request.endorsedBy());
    }

    private static void setOwner(Lead lead, Actor owner) {
        lead.ownerId = owner == null ? null : owner.id();
        lead.ownerName = owner == null ? null : owner.name();
    }
}
