package com.dealercrm.lead.fake;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * quotation-service as lead-service calls it: {@code GET /api/products/{id}},
 * {@code POST /api/sale-orders} (idempotent on {@code Idempotency-Key}) and
 * {@code GET /api/sale-orders/{id}}, with the real resources' JSON shapes, problem responses and
 * access rule (a dealer user sees only the orders they created, managers and admins see all).
 */
public final class FakeQuotationService extends FakeServer {

    /** The body of POST /api/sale-orders, read with unknown fields rejected as the real service does. */
    public record CreateSaleOrderRequest(UUID dealerLeadId, String dealerLeadReference, PartnerRequest partner, UUID brandId,
            List<LineRequest> lines) {
    }

    public record PartnerRequest(UUID partnerId, String name, String mobile, String email) {
    }

    public record LineRequest(UUID productId, String description, BigDecimal quantity, BigDecimal priceUnit, BigDecimal discountPercent) {
    }

    /** A product of the catalog. */
    public record Product(UUID id, UUID brandId, String name, BigDecimal listPrice, boolean deliverable) {
    }

    /** A sale order with the values lead-service sends and the state tests set. */
    public static final class SaleOrder {
        public final UUID id;
        public final String name;
        public final String idempotencyKey;
        public final CreateSaleOrderRequest request;
        public final List<Map<String, Object>> lines;
        public final String createdBy;
        public final String createdByName;
        public final Instant createdAt;
        public volatile String state = "DRAFT";
        public volatile long version;

        SaleOrder(UUID id, String name, String idempotencyKey, CreateSaleOrderRequest request, List<Map<String, Object>> lines,
                Caller caller) {
            this.id = id;
            this.name = name;
            this.idempotencyKey = idempotencyKey;
            this.request = request;
            this.lines = lines;
            this.createdBy = caller.id();
            this.createdByName = caller.name();
            this.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        }
    }

    private final Map<UUID, Boolean> brands = new ConcurrentHashMap<>();
    private final Map<UUID, Product> products = new ConcurrentHashMap<>();
    private final Map<UUID, SaleOrder> orders = new ConcurrentHashMap<>();
    private final Map<String, SaleOrder> ordersByKey = new ConcurrentHashMap<>();
    private final AtomicInteger orderNumbers = new AtomicInteger();

    public UUID addBrand() {
        UUID id = UUID.randomUUID();
        brands.put(id, true);
        return id;
    }

    public Product addProduct(UUID brandId, String name, String listPrice, boolean deliverable) {
        Product product = new Product(UUID.randomUUID(), brandId, name, new BigDecimal(listPrice).setScale(2), deliverable);
        products.put(product.id(), product);
        return product;
    }

    /** Returns the orders created with this Idempotency-Key: none or one. */
    public List<SaleOrder> ordersWithKey(String idempotencyKey) {
        SaleOrder order = ordersByKey.get(idempotencyKey);
        return order == null ? List.of() : List.of(order);
    }

    public SaleOrder order(UUID id) {
        return orders.get(id);
    }

    /** Sets the order's state, as confirm, lock or cancel would. */
    public void setState(UUID orderId, String state) {
        SaleOrder order = orders.get(orderId);
        order.state = state;
        order.version++;
    }

    @Override
    protected Response route(String method, String path, Map<String, String> query, Caller caller, Request request) {
        if (method.equals("GET") && path.startsWith("/api/products/")) {
            return getProduct(path.substring("/api/products/".length()));
        }
        if (method.equals("POST") && path.equals("/api/sale-orders")) {
            return createSaleOrder(request, caller);
        }
        if (method.equals("GET") && path.startsWith("/api/sale-orders/")) {
            return getSaleOrder(path.substring("/api/sale-orders/".length()), caller);
        }
        return problem(404, "Not found", "No resource exists at this path.");
    }

    private Response getProduct(String id) {
        Product product = parseUuid(id) == null ? null : products.get(parseUuid(id));
        if (product == null) {
            return problem(404, "Not found", "Product " + id + " does not exist. Check the id.");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", product.id());
        body.put("brandId", product.brandId());
        body.put("name", product.name());
        body.put("listPrice", product.listPrice());
        body.put("deliverable", product.deliverable());
        return json(200, body);
    }

    private Response getSaleOrder(String id, Caller caller) {
        SaleOrder order = parseUuid(id) == null ? null : orders.get(parseUuid(id));
        if (order == null || !mayActOn(caller, order)) {
            return problem(404, "Not found", "Sale order " + id + " does not exist or is not yours. Check the id.");
        }
        return json(200, body(order));
    }

    // Synchronized like the real service's advisory lock on the key: racing creates give one order.
    private synchronized Response createSaleOrder(Request request, Caller caller) {
        CreateSaleOrderRequest body;
        try {
            body = STRICT_JSON.readValue(request.body(), CreateSaleOrderRequest.class);
        } catch (JsonProcessingException e) {
            return problem(400, "Invalid input", "The request body is not a valid sale order: " + e.getOriginalMessage());
        }
        Response invalid = validate(body);
        if (invalid != null) {
            return invalid;
        }

        String key = request.idempotencyKey();
        if (key == null || key.isBlank()) {
            return invalid("Idempotency-Key", "the header is missing. Send a unique key for each new order, such as the lead id");
        }
        SaleOrder existing = ordersByKey.get(key.strip());
        if (existing != null) {
            return mayActOn(caller, existing)
                    ? json(200, body(existing))
                    : problem(409, "Not allowed in the current state",
                            "Idempotency-Key " + key + " was already used for a sale order of another user. Send a new key.");
        }

        if (!brands.containsKey(body.brandId())) {
            return problem(404, "Not found", "Brand " + body.brandId() + " does not exist. Pick a brand from the catalog.");
        }
        List<Map<String, Object>> lines = new ArrayList<>();
        for (LineRequest line : body.lines()) {
            Product product = products.get(line.productId());
            if (product == null) {
                return problem(404, "Not found", "Product " + line.productId() + " does not exist. Pick a product from the catalog.");
            }
            lines.add(line(product, line));
        }

        SaleOrder order = new SaleOrder(UUID.randomUUID(), String.format("SO%05d", orderNumbers.incrementAndGet()), key.strip(), body,
                lines, caller);
        orders.put(order.id, order);
        ordersByKey.put(order.idempotencyKey, order);
        Response created = json(201, body(order));
        return new Response(201, created.body(), created.contentType(), Map.of("Location", "/api/sale-orders/" + order.id));
    }

    private static Response validate(CreateSaleOrderRequest body) {
        if (body == null) {
            return problem(400, "Invalid input", "A request body is required.");
        }
        if (body.partner() == null) {
            return invalid("partner", "must not be null");
        }
        if (body.partner().partnerId() == null) {
            return invalid("partner.partnerId", "must not be null");
        }
        if (body.partner().name() == null || body.partner().name().isBlank()) {
            return invalid("partner.name", "must not be blank");
        }
        if (body.brandId() == null) {
            return invalid("brandId", "must not be null");
        }
        if (body.lines() == null) {
            return null;
        }
        for (int index = 0; index < body.lines().size(); index++) {
            LineRequest line = body.lines().get(index);
            if (line.productId() == null) {
                return invalid("lines[" + index + "].productId", "lead-service always sends a product");
            }
            if (line.quantity() != null && line.quantity().signum() <= 0) {
                return invalid("lines[" + index + "].quantity", "must be greater than 0");
            }
        }
        return null;
    }

    private static Map<String, Object> line(Product product, LineRequest request) {
        BigDecimal quantity = request.quantity() == null ? BigDecimal.ONE : request.quantity();
        BigDecimal priceUnit = request.priceUnit() == null ? product.listPrice() : request.priceUnit();
        BigDecimal discount = request.discountPercent() == null ? BigDecimal.ZERO : request.discountPercent();
        BigDecimal subtotal = quantity.multiply(priceUnit)
                .multiply(BigDecimal.valueOf(100).subtract(discount))
                .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("id", UUID.randomUUID());
        line.put("productId", product.id());
        line.put("description", request.description() == null ? product.name() : request.description());
        line.put("quantity", quantity.setScale(3));
        line.put("priceUnit", priceUnit.setScale(2));
        line.put("discountPercent", discount.setScale(2));
        line.put("subtotal", subtotal);
        line.put("deliverable", product.deliverable());
        return line;
    }

    private static Map<String, Object> body(SaleOrder order) {
        CreateSaleOrderRequest request = order.request;
        Map<String, Object> partner = new LinkedHashMap<>();
        partner.put("partnerId", request.partner().partnerId());
        partner.put("name", request.partner().name());
        partner.put("mobile", request.partner().mobile());
        partner.put("email", request.partner().email());
        BigDecimal total = order.lines.stream()
                .map(line -> (BigDecimal) line.get("subtotal"))
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", order.id);
        body.put("name", order.name);
        body.put("state", order.state);
        body.put("partner", partner);
        body.put("brandId", request.brandId());
        body.put("origin", request.dealerLeadReference());
        body.put("dealerLeadId", request.dealerLeadId());
        body.put("lines", order.lines);
        body.put("amountTotal", total);
        body.put("confirmedAt", order.state.equals("DRAFT") ? null : order.createdAt);
        body.put("lockedAt", order.state.equals("DONE") ? order.createdAt : null);
        body.put("cancelledAt", order.state.equals("CANCELLED") ? order.createdAt : null);
        body.put("createdBy", order.createdBy);
        body.put("createdByName", order.createdByName);
        body.put("createdAt", order.createdAt);
        body.put("updatedAt", order.createdAt);
        body.put("version", order.version);
        return body;
    }

    private static boolean mayActOn(Caller caller, SaleOrder order) {
        return caller.isManagerOrAdmin() || order.createdBy.equals(caller.id());
    }

    private static UUID parseUuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
