package com.dealercrm.lead.client;

import io.quarkus.logging.Log;
import io.smallrye.faulttolerance.api.BeforeRetry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Calls quotation-service with the caller's token. Each call has a timeout and a circuit breaker
 * of its own, and is retried with a WARN log on a timeout, a connection failure or a 5xx. All
 * three calls are safe to repeat: two are reads, and creating a sale order is idempotent on its
 * Idempotency-Key.
 *
 * <p>A 4xx is a response, not an outage. It is raised as {@link ServiceRejectedException}, which
 * is neither retried nor counted against the breaker, except a 404 that a method returns as null.
 * Configuration can change every limit, such as
 * {@code quarkus.fault-tolerance."com.dealercrm.lead.client.QuotationClient".timeout.value}.
 */
@ApplicationScoped
@Timeout(2000)
@Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = {ServiceRejectedException.class, CircuitBreakerOpenException.class})
@BeforeRetry(RetryWarning.class)
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10000, successThreshold = 2, skipOn = ServiceRejectedException.class)
public class QuotationClient {

    public static final String SERVICE = "quotation-service";

    private final QuotationApi api;

    public QuotationClient(@RestClient QuotationApi api) {
        this.api = api;
    }

    /** Returns the catalog product, or null when quotation-service has no product with this id. */
    public Uni<ProductResponse> findProduct(UUID productId) {
        Log.debugf("Reading product %s from %s", productId, SERVICE);
        return api.getProduct(productId)
                .onFailure(ServiceRejectedException::isNotFound).recoverWithNull()
                .onFailure().transform(failure -> ServiceRejectedException.fromClientError(SERVICE, failure));
    }

    /**
     * Creates a DRAFT sale order, or returns the order created earlier with the same key. A dealer
     * user gets a 409 for a key of an order another user created.
     */
    @Timeout(5000)
    public Uni<SaleOrderResponse> createSaleOrder(String idempotencyKey, NewSaleOrderRequest request) {
        Log.debugf("Creating a sale order for lead %s in %s with Idempotency-Key %s", request.dealerLeadId(), SERVICE, idempotencyKey);
        return api.createSaleOrder(idempotencyKey, request)
                .onFailure().transform(failure -> ServiceRejectedException.fromClientError(SERVICE, failure));
    }

    /**
     * Returns the sale order, or null when quotation-service responds 404: the order does not
     * exist, or the caller is a dealer user who did not create it.
     */
    public Uni<SaleOrderResponse> findSaleOrder(UUID saleOrderId) {
        Log.debugf("Reading sale order %s from %s", saleOrderId, SERVICE);
        return api.getSaleOrder(saleOrderId)
                .onFailure(ServiceRejectedException::isNotFound).recoverWithNull()
                .onFailure().transform(failure -> ServiceRejectedException.fromClientError(SERVICE, failure));
    }
}
