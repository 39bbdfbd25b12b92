package com.dealercrm.lead.fake;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Starts the fakes of quotation-service and delivery-service once per test JVM, on 127.0.0.1 and
 * random ports, and points lead-service's REST clients at them. Every test class of lead-service
 * uses this resource, so that no test calls a real service.
 */
public class OwnerServices implements QuarkusTestResourceLifecycleManager {

    private static final FakeQuotationService QUOTATION = new FakeQuotationService();
    private static final FakeDeliveryService DELIVERY = new FakeDeliveryService();

    public static FakeQuotationService quotation() {
        return QUOTATION;
    }

    public static FakeDeliveryService delivery() {
        return DELIVERY;
    }

    /** Makes both fakes respond normally again and forget the requests they recorded. */
    public static void reset() {
        QUOTATION.reset();
        DELIVERY.reset();
    }

    @Override
    public Map<String, String> start() {
        QUOTATION.start();
        DELIVERY.start();
        return Map.of(
                "quarkus.rest-client.quotation-service.url", QUOTATION.url(),
                "quarkus.rest-client.delivery-service.url", DELIVERY.url());
    }

    @Override
    public void stop() {
        QUOTATION.stop();
        DELIVERY.stop();
    }
}
