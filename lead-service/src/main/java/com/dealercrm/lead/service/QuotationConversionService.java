package com.dealercrm.lead.service;

import com.dealercrm.events.Actor;
import com.dealercrm.lead.Lead;
import com.dealercrm.lead.client.NewSaleOrderRequest;
import com.dealercrm.lead.client.ProductResponse;
import com.dealercrm.lead.client.QuotationClient;
import com.dealercrm.lead.client.ServiceRejectedException;
import com.dealercrm.platform.error.ApiException;
import com.dealercrm.platform.security.CallerIdentity;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * Convert to Quotation: has quotation-service create a DRAFT sale order for a lead, as the calling
 * user, and links it to the lead.
 *
 * <p>The lead id is the order's Idempotency-Key, so a repeated, concurrent or retried conversion
 * gets the same order from quotation-service, and the link is stored under the lead's row lock.
 * When quotation-service does not respond in time, the lead stays unchanged. If the order was
 * created after all, the next conversion or the order's created event completes the link.
 */
@ApplicationScoped
public class QuotationConversionService {

    private final QuotationLinkService links;
    private final QuotationClient quotations;
    private final CallerIdentity caller;

    public QuotationConversionService(QuotationLinkService links, QuotationClient quotations, CallerIdentity caller) {
        this.links = links;
        this.quotations = quotations;
        this.caller = caller;
    }

    public Uni<Conversion> convert(UUID id) {
        Actor actor = caller.actor();
        Log.debugf("Convert to Quotation of lead %s by %s", id, actor.id());
        return links.prepare(id)
                .chain(plan -> plan.existing() != null
                        ? Uni.createFrom().item(plan.existing())
                        : createAndLink(plan, actor));
    }

    private Uni<Conversion> createAndLink(QuotationLinkService.Plan plan, Actor actor) {
        Lead lead = plan.lead();
        return quotations.findProduct(lead.productId)
                .onFailure().transform(failure -> callFailure(lead, failure))
                .invoke(product -> checkProduct(lead, product))
                .chain(product -> quotations.createSaleOrder(lead.id.toString(), newOrder(plan, product))
                        .onFailure().transform(failure -> callFailure(lead, failure)))
                .chain(order -> links.link(lead.id, plan.partnerId(), order.id(), order.name(), actor));
    }

    private static NewSaleOrderRequest newOrder(QuotationLinkService.Plan plan, ProductResponse product) {
        Lead lead = plan.lead();
        BigDecimal priceUnit = lead.expectedPrice != null ? lead.expectedPrice : product.listPrice();
        NewSaleOrderRequest.Partner partner = new NewSaleOrderRequest.Partner(plan.partnerId(), lead.customerName,
                lead.customerMobile, lead.customerEmail);
        NewSaleOrderRequest.Line line = new NewSaleOrderRequest.Line(lead.productId, BigDecimal.valueOf(lead.quantity), priceUnit);
        return new NewSaleOrderRequest(lead.id, lead.reference, partner, lead.brandId, List.of(line));
    }

    private static void checkProduct(Lead lead, ProductResponse product) {
        if (product == null) {
            throw ApiException.unprocessable("Select a vehicle first: product " + lead.productId + " of lead " + lead.reference
                    + " is not in the catalog. Pick a product of the lead's brand, save, and try Convert to Quotation again.");
        }
        if (!lead.brandId.equals(product.brandId())) {
            throw ApiException.unprocessable("Select a vehicle first: product '" + product.name() + "' of lead " + lead.reference
                    + " belongs to brand " + product.brandId() + ", not to the lead's brand " + lead.brandId
                    + ". Pick a product of the lead's brand, or change the brand, and try Convert to Quotation again.");
        }
    }

    /** Turns a failed call to quotation-service into the problem the caller gets. */
    private static ApiException callFailure(Lead lead, Throwable failure) {
        if (failure instanceof ServiceRejectedException rejected && rejected.status() != 401) {
            return rejection(lead, rejected);
        }
        Log.warnf("Convert to Quotation of lead %s failed, because %s did not respond: %s", lead.reference, QuotationClient.SERVICE,
                failure.toString());
        return ApiException.unavailable(QuotationClient.SERVICE + " did not respond in time, so lead " + lead.reference
                + " is unchanged. Try Convert to Quotation again in a moment; it never creates a second order.");
    }

    // A 401 means quotation-service did not accept a token that lead-service accepted, which the
    // agent cannot fix, so callFailure reports it as unavailable. Other 4xx carry quotation-service's
    // own reason, such as a sales rule.
    private static ApiException rejection(Lead lead, ServiceRejectedException rejected) {
        Log.infof("%s rejected the sale order of lead %s: HTTP %d %s", rejected.service(), lead.reference, rejected.status(),
                rejected.detail());
        String detail = "quotation-service rejected the sale order of lead " + lead.reference + ": "
                + (rejected.detail() != null ? rejected.detail() : "HTTP " + rejected.status() + ".");
        return switch (rejected.status()) {
            case 403 -> ApiException.forbidden(detail);
            case 409 -> ApiException.conflict(detail);
            default -> ApiException.unprocessable(detail);
        };
    }
}
