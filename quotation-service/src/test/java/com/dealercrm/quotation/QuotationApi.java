package com.dealercrm.quotation;

import static io.restassured.RestAssured.given;

import com.dealercrm.testsupport.TestTokens;
import com.dealercrm.testsupport.TestUsers;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** REST calls and request bodies the quotation-service tests share. */
final class QuotationApi {

    private QuotationApi() {
    }

    static RequestSpecification as(TestUsers.User user) {
        return given()
                .auth().oauth2(TestTokens.tokenFor(user))
                .contentType(ContentType.JSON);
    }

    static RequestSpecification anonymous() {
        return given().contentType(ContentType.JSON);
    }

    /** Creates a brand with a unique code as manager1 and returns its id. */
    static String createBrand() {
        String code = "B" + UUID.randomUUID().toString().substring(0, 8);
        return as(TestUsers.MANAGER1)
                .body(Map.of("code", code, "name", "Brand " + code))
                .post("/api/brands")
                .then().statusCode(201)
                .extract().path("id");
    }

    /** Creates a product under the brand as manager1 and returns its id. */
    static String createProduct(String brandId, String name, String listPrice, boolean deliverable) {
        return as(TestUsers.MANAGER1)
                .body(Map.of("brandId", brandId, "name", name, "listPrice", listPrice, "deliverable", deliverable))
                .post("/api/products")
                .then().statusCode(201)
                .extract().path("id");
    }

    static Map<String, Object> partner() {
        return Map.of(
                "partnerId", UUID.randomUUID().toString(),
                "name", "Maria Jensen",
                "mobile", "+4520123456",
                "email", "maria.jensen@example.com");
    }

    /** Returns the body of a new order for a fresh lead, with the given lines. */
    static Map<String, Object> orderBody(String brandId, List<Map<String, Object>> lines) {
        Map<String, Object> body = new HashMap<>();
        body.put("dealerLeadId", UUID.randomUUID().toString());
        body.put("dealerLeadReference", "DLEAD/" + (10000 + (int) (Math.random() * 89999)));
        body.put("partner", partner());
        body.put("brandId", brandId);
        body.put("lines", lines);
        return body;
    }

    static Map<String, Object> productLine(String productId, String quantity, String priceUnit) {
        return Map.of("productId", productId, "quantity", quantity, "priceUnit", priceUnit);
    }

    static Response postOrder(TestUsers.User user, String idempotencyKey, Map<String, Object> body) {
        return as(user)
                .header("Idempotency-Key", idempotencyKey)
                .body(body)
                .post("/api/sale-orders");
    }

    /** Creates a DRAFT order as the user with a fresh key and returns its id. */
    static String createOrder(TestUsers.User user, Map<String, Object> body) {
        return postOrder(user, UUID.randomUUID().toString(), body)
                .then().statusCode(201)
                .extract().path("id");
    }

    /** Creates a DRAFT order with one line of a new deliverable product, as the user, and returns its id. */
    static String createOrderWithLine(TestUsers.User user) {
        String brandId = createBrand();
        String productId = createProduct(brandId, "Vehicle " + UUID.randomUUID(), "30000.00", true);
        return createOrder(user, orderBody(brandId, List.of(productLine(productId, "1", "30000.00"))));
    }

    static Response action(TestUsers.User user, String orderId, String action) {
        return as(user).post("/api/sale-orders/" + orderId + "/" + action);
    }
}
