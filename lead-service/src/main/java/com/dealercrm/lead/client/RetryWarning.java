package com.dealercrm.lead.client;

import io.quarkus.logging.Log;
import io.smallrye.faulttolerance.api.BeforeRetryHandler;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import org.eclipse.microprofile.faulttolerance.ExecutionContext;

/** Logs a warning before each retry of a call to another service, with the call's arguments and the failure. */
@ApplicationScoped
public class RetryWarning implements BeforeRetryHandler {

    @Override
    public void handle(ExecutionContext context) {
        String call = context.getMethod().getDeclaringClass().getSimpleName() + "." + context.getMethod().getName();
        Log.warnf("Retrying %s%s after failure: %s", call, Arrays.toString(context.getParameters()), String.valueOf(context.getFailure()));
    }
}
