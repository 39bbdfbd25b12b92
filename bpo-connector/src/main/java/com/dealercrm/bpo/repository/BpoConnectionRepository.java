package com.dealercrm.bpo.repository;

import com.dealercrm.bpo.BpoConnection;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** The saved BPO CRM connection settings: the single row of {@code bpo_connection}, if any. */
@ApplicationScoped
public class BpoConnectionRepository implements PanacheRepositoryBase<BpoConnection, Short> {

    public Uni<BpoConnection> findSaved() {
        return findById(BpoConnection.SINGLETON_ID);
    }

    public Uni<Boolean> deleteSaved() {
        return deleteById(BpoConnection.SINGLETON_ID);
    }
}
