package com.dealercrm.stack;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP gateway of the local stack: one port in front of every service, built on the Vert.x
 * reverse proxy ({@code io.vertx:vertx-http-proxy}). It forwards each {@code /api} request with its
 * headers, including {@code Authorization}, to the service that owns the path. It returns 404
 * problem+json for a path no service owns and 503 problem+json when the owning service does not
 * accept the connection. It also serves {@code /q/health/live} and {@code /q/health/ready}.
 */
public final class Gateway implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Gateway.class);
    private static final int CONNECT_TIMEOUT_MILLIS = 2_000;

    private final Vertx vertx;
    private final List<GatewayRoute> routes;
    private final Map<String, HttpProxy> proxies = new LinkedHashMap<>();
    private final GatewayHealth health;
    private HttpServer server;

    private Gateway(Vertx vertx, List<GatewayRoute> routes) {
        this.vertx = vertx;
        this.routes = List.copyOf(routes);
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout(CONNECT_TIMEOUT_MILLIS)
                .setMaxPoolSize(50));
        for (GatewayRoute route : routes) {
            proxies.computeIfAbsent(route.serviceName(), name -> HttpProxy.reverseProxy(client)
                    .origin(route.servicePort(), "127.0.0.1")
                    .addInterceptor(new ServiceUnavailableInterceptor(name)));
        }
        this.health = new GatewayHealth(client, routes);
    }

    /**
     * Starts the gateway on {@code host:port} and returns once it listens.
     *
     * @throws IllegalStateException when the port cannot be bound within 30 s
     */
    public static Gateway start(String host, int port, List<GatewayRoute> routes) {
        Gateway gateway = new Gateway(Vertx.vertx(), routes);
        HttpServerOptions options = new HttpServerOptions().setHost(host).setPort(port);
        try {
            gateway.server = gateway.vertx.createHttpServer(options)
                    .requestHandler(gateway::handle)
                    .listen()
                    .toCompletionStage()
                    .toCompletableFuture()
                    .get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            gateway.close();
            throw new IllegalStateException("The gateway could not listen on " + host + ":" + port + ": " + e.getMessage(), e);
        }
        return gateway;
    }

    public int port() {
        return server.actualPort();
    }

    @Override
    public void close() {
        try {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.warn("Closing the gateway failed: {}", e.toString());
        }
    }

    private void handle(HttpServerRequest request) {
        String path = request.path();
        if ("/q/health/live".equals(path)) {
            health.live(request.response());
            return;
        }
        if ("/q/health/ready".equals(path)) {
            health.ready(request.response());
            return;
        }
        if (path == null || !path.startsWith("/")) {
            Problems.send(request.response(), 400, "Bad Request", "The request target must be a path such as /api/leads.", String.valueOf(path));
            return;
        }
        if (hasDotSegment(path)) {
            Problems.send(request.response(), 400, "Bad Request",
                    "The path " + path + " contains a '.' or '..' segment; send the path without it.", path);
            return;
        }
        GatewayRoute route = routeFor(path);
        if (route == null) {
            Problems.send(request.response(), 404, "Not Found",
                    "No service serves " + path + "; the API paths start with " + prefixes() + ".", path);
            return;
        }
        proxies.get(route.serviceName()).handle(request);
    }

    private GatewayRoute routeFor(String path) {
        for (GatewayRoute route : routes) {
            if (route.matches(path)) {
                return route;
            }
        }
        return null;
    }

    private String prefixes() {
        return String.join(", ", routes.stream().map(GatewayRoute::pathPrefix).toList());
    }

    /** Returns whether a segment is {@code .} or {@code ..}, also when percent-encoded, which would let a path escape its route. */
    static boolean hasDotSegment(String path) {
        for (String segment : path.split("/", -1)) {
            String decoded = segment.replace("%2e", ".").replace("%2E", ".");
            if (decoded.equals(".") || decoded.equals("..")) {
                return true;
            }
        }
        return false;
    }

    /** Turns a failed connection to a service into 503 problem+json, and warns at most every 10 s per service. */
    private static final class ServiceUnavailableInterceptor implements ProxyInterceptor {

        private static final long WARN_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(10);

        private final String serviceName;
        private long lastWarningNanos = System.nanoTime() - WARN_INTERVAL_NANOS;
        private int failuresSinceWarning;

        ServiceUnavailableInterceptor(String serviceName) {
            this.serviceName = serviceName;
        }

        @Override
        public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
            return context.sendRequest()
                    .recover(failure -> Future.succeededFuture(unavailable(context, failure)));
        }

        private ProxyResponse unavailable(ProxyContext context, Throwable failure) {
            warn(failure);
            String path = context.request().proxiedRequest().path();
            Buffer body = Problems.body(503, "Service Unavailable",
                    serviceName + " is not available right now; retry in a moment, or restart the local stack if it stopped.", path);
            ProxyResponse response = context.request().response();
            response.setStatusCode(503);
            response.setStatusMessage("Service Unavailable");
            response.headers().clear();
            response.putHeader("Content-Type", Problems.MEDIA_TYPE);
            response.setBody(Body.body(body));
            return response;
        }

        private synchronized void warn(Throwable failure) {
            failuresSinceWarning++;
            long now = System.nanoTime();
            if (now - lastWarningNanos >= WARN_INTERVAL_NANOS) {
                LOG.warn("{} is not reachable ({} failed request(s) since the previous warning): {}", serviceName, failuresSinceWarning, failure.toString());
                lastWarningNanos = now;
                failuresSinceWarning = 0;
            }
        }
    }
}
