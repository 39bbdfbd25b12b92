package com.dealercrm.stack;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;

/** RFC 9457 problem details that the gateway itself returns, in the same shape as the services' errors. */
final class Problems {

    static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {
    }

    static Buffer body(int status, String title, String detail, String instance) {
        return new JsonObject()
                .put("type", "about:blank")
                .put("title", title)
                .put("status", status)
                .put("detail", detail)
                .put("instance", instance)
                .toBuffer();
    }

    static void send(HttpServerResponse response, int status, String title, String detail, String instance) {
        response.setStatusCode(status)
                .putHeader("Content-Type", MEDIA_TYPE)
                .end(body(status, title, detail, instance));
    }
}
