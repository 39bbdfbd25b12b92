package com.dealercrm.lead.repository;

import com.dealercrm.lead.Partner;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Finds customers by their normalized mobile or email and creates them without duplicates. */
@ApplicationScoped
public class PartnerRepository implements PanacheRepositoryBase<Partner, UUID> {

    private static final String INSERT_IF_ABSENT =
            "INSERT INTO partner (id, name, mobile, email, created_at) VALUES (:id, :name, :mobile, :email, now()) "
                    + "ON CONFLICT DO NOTHING";

    public Uni<Partner> findByMobile(String e164) {
        return find("mobile", e164).firstResult();
    }

    public Uni<Partner> findByEmail(String normalizedEmail) {
        return find("email", normalizedEmail).firstResult();
    }

    /**
     * Inserts the partner unless another partner already has its mobile or email; returns false
     * then. A concurrent insert of the same mobile or email makes this wait for that transaction.
     */
    public Uni<Boolean> insertIfAbsent(Partner partner) {
        return Panache.getSession()
                .flatMap(session -> session.createNativeQuery(INSERT_IF_ABSENT)
                        .setParameter("id", partner.id)
                        .setParameter("name", partner.name)
                        .setParameter("mobile", partner.mobile)
                        .setParameter("email", partner.email)
                        .executeUpdate())
                .map(rows -> rows == 1);
    }
}
