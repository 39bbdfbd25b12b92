package com.dealercrm.lead.repository;

import com.dealercrm.lead.Picking;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Stores the copies of pickings taken from picking events. */
@ApplicationScoped
public class PickingRepository implements PanacheRepositoryBase<Picking, UUID> {
}
