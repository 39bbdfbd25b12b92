package com.dealercrm.lead.client;

import io.quarkus.logging.Log;
import io.smallrye.faulttolerance.api.BeforeRetryHandler;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.ExecutionContext;

/**
 * Logs a warning before each retry of a call to another service, with the call's ids and the
 * failure. Other arguments, such as a sale order body with the customer's contact data, are left out.
 */
@ApplicationScoped
public class RetryWarning implements BeforeRetryHandler {

    @Override
    public void handle(ExecutionContext context) {
        String call = context.getMethod().getDeclaringClass().getSimpleName() + "." + context.getMethod().getName();
        List<Object> ids = Arrays.stream(context.getParameters())
                .filter(parameter -> parameter instanceof UUID || parameter instanceof String)
                .toList();
        Log.warnf("Retrying %s%s after failure: %s", call, ids, String.valueOf(context.getFailure()));
    }
}
