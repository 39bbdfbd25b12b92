package com.dealercrm.lead.service;

import com.dealercrm.lead.Partner;
import com.dealercrm.lead.repository.PartnerRepository;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.UUID;

/**
 * Finds the partner of a customer: by E.164 mobile first, then by email ignoring case and
 * surrounding spaces, else a new partner. Runs inside the caller's transaction.
 */
@ApplicationScoped
public class PartnerService {

    private final PartnerRepository partners;

    public PartnerService(PartnerRepository partners) {
        this.partners = partners;
    }

    /** A customer as entered on a lead, with the mobile already in E.164. */
    public record Customer(String name, String mobile, String email) {
    }

    public Uni<Partner> resolve(Customer customer) {
        String email = normalizeEmail(customer.email());
        return findExisting(customer.mobile(), email)
                .onItem().ifNull().switchTo(() -> create(customer, email));
    }

    private Uni<Partner> findExisting(String mobile, String email) {
        Uni<Partner> byMobile = mobile == null ? Uni.createFrom().nullItem() : partners.findByMobile(mobile);
        return byMobile
                .onItem().ifNull().switchTo(() -> email == null ? Uni.createFrom().nullItem() : partners.findByEmail(email));
    }

    // Another transaction may create a partner with the same mobile or email at the same time.
    // The insert then does nothing, and the partner it created is matched instead.
    private Uni<Partner> create(Customer customer, String email) {
        Partner partner = new Partner();
        partner.id = UUID.randomUUID();
        partner.name = customer.name();
        partner.mobile = customer.mobile();
        partner.email = email;
        return partners.insertIfAbsent(partner)
                .flatMap(inserted -> inserted ? created(partner) : findExisting(customer.mobile(), email))
                .onItem().ifNull().failWith(() -> new IllegalStateException(
                        "Partner insert conflicted, but no partner matches the customer's mobile or email"));
    }

    private static Uni<Partner> created(Partner partner) {
        Log.debugf("Created partner %s", partner.id);
        return Uni.createFrom().item(partner);
    }

    static String normalizeEmail(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        return email.trim().toLowerCase(Locale.ROOT);
    }
}
