package com.dealercrm.lead.service;

import com.dealercrm.lead.Lead;
import com.dealercrm.lead.client.DeliveryClient;
import com.dealercrm.lead.client.DeliveryStatusResponse;
import com.dealercrm.lead.client.DeliveryStatusResponse.PendingPicking;
import com.dealercrm.lead.client.QuotationClient;
import com.dealercrm.lead.client.SaleOrderResponse;
import com.dealercrm.lead.client.ServiceRejectedException;
import com.dealercrm.platform.error.ApiException;
import com.dealercrm.platform.security.CallerIdentity;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The Mark Won gate, checked with the owners of the lead's sale order at the time of the click:
 * quotation-service must report the order SALE or DONE, and delivery-service must report every
 * delivery of it done. A rejection is a 409 naming what is missing. When an owner cannot be asked
 * (timeout, connection failure, 5xx, open circuit breaker or an unexpected 4xx), the gate fails
 * closed with a 503.
 */
@ApplicationScoped
public class MarkWonGate {

    private final QuotationClient quotations;
    private final DeliveryClient deliveries;
    private final CallerIdentity caller;

    public MarkWonGate(QuotationClient quotations, DeliveryClient deliveries, CallerIdentity caller) {
        this.quotations = quotations;
        this.deliveries = deliveries;
        this.caller = caller;
    }

    /** Completes when the lead may be won; fails with a 409 or 503 {@link ApiException} otherwise. */
    public Uni<Void> check(Lead lead) {
        boolean dealerUserOnly = caller.isDealerUserOnly();
        return quotations.findSaleOrder(lead.saleOrderId)
                .onFailure().transform(failure -> unverifiable(lead, QuotationClient.SERVICE, failure))
                .invoke(order -> checkConfirmed(lead, order, dealerUserOnly))
                .chain(order -> deliveries.status(lead.saleOrderId)
                        .onFailure().transform(failure -> unverifiable(lead, DeliveryClient.SERVICE, failure)))
                .invoke(status -> checkDelivered(lead, status))
                .replaceWithVoid();
    }

    // quotation-service responds 404 to a dealer user for an order someone else created, which
    // happens when a manager reassigns a lead after Convert to Quotation. Only a manager or an
    // admin can then check the order, so the detail of the 409 recommends asking one.
    private static void checkConfirmed(Lead lead, SaleOrderResponse order, boolean dealerUserOnly) {
        if (order == null && dealerUserOnly) {
            throw ApiException.conflict("Sale order " + lead.saleOrderName + " of lead " + lead.reference
                    + " is not visible to you in quotation-service, where a dealer user sees only the orders they created."
                    + " Ask a manager to mark the lead won.");
        }
        if (order == null) {
            throw ApiException.conflict("Sale order " + lead.saleOrderName + " (" + lead.saleOrderId + ") linked to lead "
                    + lead.reference + " was not found in quotation-service. Check the order there before marking the lead won.");
        }
        if ("CANCELLED".equals(order.state())) {
            throw ApiException.conflict("Sale order " + order.name() + " is CANCELLED and must be confirmed before the lead can be won,"
                    + " but a cancelled order cannot be confirmed again. Mark the lead lost, or ask a manager.");
        }
        if (!order.isConfirmed()) {
            throw ApiException.conflict("Sale order " + order.name() + " is " + order.state()
                    + " and must be confirmed before the lead can be won.");
        }
    }

    private static void checkDelivered(Lead lead, DeliveryStatusResponse status) {
        if (status.allDone()) {
            return;
        }
        List<PendingPicking> pending = status.pendingOrEmpty();
        if (!pending.isEmpty()) {
            String names = pending.stream().map(PendingPicking::name).collect(Collectors.joining(", "));
            throw ApiException.conflict(pending.size() + " delivery order(s) still pending: " + names
                            + ". Validate them, then try Mark Won again.")
                    .with("pendingPickings", pending);
        }
        if (!Boolean.TRUE.equals(status.confirmationReceived())) {
            throw ApiException.conflict("The delivery orders of sale order " + lead.saleOrderName
                    + " do not exist yet, because delivery-service has not processed its confirmation. Try Mark Won again in a moment.");
        }
        throw ApiException.conflict("Sale order " + lead.saleOrderName
                + " has no validated delivery order, because its delivery orders were cancelled. Ask a manager to check its deliveries.");
    }

    private static ApiException unverifiable(Lead lead, String service, Throwable failure) {
        Log.warnf("Mark Won of lead %s cannot check sale order %s (%s) with %s: %s", lead.reference, lead.saleOrderName,
                lead.saleOrderId, service, failure.toString());
        String reason = failure instanceof ServiceRejectedException rejected
                ? service + " rejected the check with HTTP " + rejected.status()
                : service + " did not respond";
        return ApiException.unavailable("Mark Won cannot check sale order " + lead.saleOrderName + " now, because " + reason
                + ". Lead " + lead.reference + " stays in Negotiation; try again in a moment.");
    }
}
