package com.dealercrm.quotation.rest;

import java.net.URI;
import org.jboss.resteasy.reactive.RestResponse;

final class Responses {

    private Responses() {
    }

    /** Returns 201 with the {@code Location} of the new resource and the resource as the body. */
    static <T> RestResponse<T> created(String location, T entity) {
        return RestResponse.ResponseBuilder.<T>created(URI.create(location))
                .entity(entity)
                .build();
    }
}
