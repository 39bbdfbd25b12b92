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
 * Reads delivery status from delivery-service with the caller's token, with a timeout, retries
 * with a WARN log, and a circuit breaker. A 4xx is raised as {@link ServiceRejectedException}
 * without a retry and without counting against the breaker.
 */
@ApplicationScoped
@Timeout(2000)
@Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = {ServiceRejectedException.class, CircuitBreakerOpenException.class})
@BeforeRetry(RetryWarning.class)
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10000, successThreshold = 2, skipOn = ServiceRejectedException.class)
public class DeliveryClient {

    public static final String SERVICE = "delivery-service";

    private final DeliveryApi api;

    public DeliveryClient(@RestClient DeliveryApi api) {
        this.api = api;
    }

    /** Returns whether every delivery of the sale order is done, and the pickings still pending. */
    public Uni<DeliveryStatusResponse> status(UUID saleOrderId) {
        Log.debugf("Reading the delivery status of sale order %s from %s", saleOrderId, SERVICE);
        return api.getStatus(saleOrderId)
                .onFailure().transform(failure -> ServiceRejectedException.fromClientError(SERVICE, failure));
    }
}
