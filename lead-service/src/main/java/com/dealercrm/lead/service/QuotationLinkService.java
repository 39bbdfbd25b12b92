package com.dealercrm.lead.service;

import com.dealercrm.events.Actor;
import com.dealercrm.events.FieldChange;
import com.dealercrm.lead.Lead;
import com.dealercrm.lead.repository.DealerUserRepository;
import com.dealercrm.lead.repository.LeadRepository;
import com.dealercrm.platform.error.ApiException;
import com.dealercrm.platform.outbox.EventOutbox;
import com.dealercrm.platform.security.CallerIdentity;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The database side of Convert to Quotation: checks a lead and matches its partner before
 * quotation-service is asked for the order, and stores the link to the order afterwards. The
 * created event of an order that names a lead without a link stores the link too, which completes
 * a conversion whose last step failed.
 */
@ApplicationScoped
public class QuotationLinkService {

    private final LeadRepository leads;
    private final DealerUserRepository users;
    private final PartnerService partners;
    private final LeadAccess access;
    private final LeadEventPublisher events;
    private final EventOutbox outbox;
    private final CallerIdentity caller;

    public QuotationLinkService(LeadRepository leads, DealerUserRepository users, PartnerService partners, LeadAccess access,
            LeadEventPublisher events, EventOutbox outbox, CallerIdentity caller) {
        this.leads = leads;
        this.users = users;
        this.partners = partners;
        this.access = access;
        this.events = events;
        this.outbox = outbox;
        this.caller = caller;
    }

    /**
     * A lead ready for Convert to Quotation with the partner to put on the order, or the link the
     * lead already has ({@code existing}).
     */
    public record Plan(Lead lead, UUID partnerId, Conversion existing) {
    }

    /**
     * Checks that the caller may convert the lead and that it is open, then returns its existing
     * link, or checks brand and product and matches the partner. Raises 404 or 409 on access, 409
     * for a closed lead, and 422 without a brand or product.
     */
    @WithTransaction
    public Uni<Plan> prepare(UUID id) {
        Actor actor = caller.actor();
        return users.remember(actor.id(), actor.name())
                .chain(() -> leads.findById(id))
                .map(lead -> access.requireWorkable(lead, id))
                .invoke(lead -> StageRules.checkOpen(lead, "be converted to a quotation"))
                .chain(lead -> lead.saleOrderId != null
                        ? Uni.createFrom().item(new Plan(lead, lead.partnerId, new Conversion(lead.saleOrderId, lead.saleOrderName, false)))
                        : planOrder(lead));
    }

    /**
     * Links the sale order to the lead, or returns the link the lead got in the meantime. The
     * lead's row is locked, so concurrent conversions store one link and record one event.
     * {@code partnerId} replaces the lead's partner when matching found another one.
     */
    @WithTransaction
    public Uni<Conversion> link(UUID leadId, UUID partnerId, UUID saleOrderId, String saleOrderName, Actor actor) {
        return leads.findForUpdate(leadId)
                .onItem().ifNull().failWith(() -> LeadAccess.notFound(leadId))
                .chain(lead -> linkLocked(lead, partnerId, saleOrderId, saleOrderName, actor));
    }

    /**
     * Links an order from its created event to the lead it names, unless the lead is gone or
     * already linked. Runs inside the transaction of the event consumer.
     */
    public Uni<Void> linkFromEvent(UUID leadId, UUID saleOrderId, String saleOrderName, Actor actor) {
        return leads.findForUpdate(leadId)
                .chain(lead -> {
                    if (lead == null) {
                        Log.debugf("Sale order %s names lead %s, which does not exist here, so nothing is linked", saleOrderName, leadId);
                        return Uni.createFrom().voidItem();
                    }
                    return linkLocked(lead, null, saleOrderId, saleOrderName, actor).replaceWithVoid();
                });
    }

    private Uni<Plan> planOrder(Lead lead) {
        checkVehicle(lead);
        return matchPartner(lead)
                .map(partnerId -> new Plan(lead, partnerId, null));
    }

    // The same matching as intake: mobile, then email, else a new partner. A lead with neither
    // keeps the partner intake created for it, because matching would create a new one each time.
    private Uni<UUID> matchPartner(Lead lead) {
        if (lead.customerMobile == null && lead.customerEmail == null) {
            return Uni.createFrom().item(lead.partnerId);
        }
        PartnerService.Customer customer = new PartnerService.Customer(lead.customerName, lead.customerMobile, lead.customerEmail);
        return partners.resolve(customer)
                .map(partner -> partner.id);
    }

    private Uni<Conversion> linkLocked(Lead lead, UUID partnerId, UUID saleOrderId, String saleOrderName, Actor actor) {
        if (lead.saleOrderId != null) {
            if (!lead.saleOrderId.equals(saleOrderId)) {
                Log.warnf("Lead %s is linked to sale order %s, so sale order %s (%s) stays unlinked", lead.reference,
                        lead.saleOrderName, saleOrderName, saleOrderId);
            }
            return Uni.createFrom().item(new Conversion(lead.saleOrderId, lead.saleOrderName, false));
        }
        List<FieldChange> changes = new ArrayList<>();
        changes.add(new FieldChange("saleOrderId", null, saleOrderId.toString()));
        changes.add(new FieldChange("saleOrderName", null, saleOrderName));
        if (partnerId != null && !partnerId.equals(lead.partnerId)) {
            changes.add(new FieldChange("customer.partnerId", lead.partnerId.toString(), partnerId.toString()));
            lead.partnerId = partnerId;
        }
        lead.saleOrderId = saleOrderId;
        lead.saleOrderName = saleOrderName;
        lead.updatedAt = outbox.now();
        Log.infof("Lead %s linked to sale order %s (%s) by %s", lead.reference, saleOrderName, saleOrderId, actor.name());
        return events.quotationLinked(lead, changes, actor)
                .replaceWith(new Conversion(saleOrderId, saleOrderName, true));
    }

    private static void checkVehicle(Lead lead) {
        if (lead.brandId == null) {
            throw ApiException.unprocessable("Lead " + lead.reference
                    + " has no brand. Set the brand on the lead, save, and try Convert to Quotation again.");
        }
        if (lead.productId == null) {
            String freeText = lead.vehicleModelText == null ? "" : ", only the free-text model '" + lead.vehicleModelText + "'";
            throw ApiException.unprocessable("Select a vehicle first: lead " + lead.reference + " has no product from the catalog"
                    + freeText + ". Pick the product on the lead, save, and try Convert to Quotation again.");
        }
    }
}
