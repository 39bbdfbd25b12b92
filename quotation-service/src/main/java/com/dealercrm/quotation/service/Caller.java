package com.dealercrm.quotation.service;

import com.dealercrm.events.Actor;
import com.dealercrm.platform.security.CallerIdentity;
import com.dealercrm.quotation.SaleOrder;

/**
 * The user a service call acts for, read from the request's token before the reactive chain
 * starts: the actor named in events, and whether manager or admin rights apply.
 */
public record Caller(Actor actor, boolean managerOrAdmin) {

    public static Caller of(CallerIdentity identity) {
        return new Caller(identity.actor(), identity.isManagerOrAdmin());
    }

    public String id() {
        return actor.id();
    }

    /** Returns whether the caller may see and change the order: its creator, a manager or an admin. */
    public boolean mayActOn(SaleOrder order) {
        return managerOrAdmin || order.createdBy.equals(actor.id());
    }
}
