package com.dealercrm.quotation;

import static com.dealercrm.quotation.QuotationApi.as;
import static com.dealercrm.quotation.QuotationApi.createBrand;
import static com.dealercrm.quotation.QuotationApi.createOrderWithLine;
import static com.dealercrm.quotation.QuotationApi.createProduct;
import static com.dealercrm.quotation.QuotationApi.orderBody;
import static com.dealercrm.quotation.QuotationApi.postOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.dealercrm.testsupport.KafkaTestResource;
import com.dealercrm.testsupport.PostgresTestResource;
import com.dealercrm.testsupport.TestTokens;
import com.dealercrm.testsupport.TestUsers;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A line discount above dealer.sales.max-discount-percent (10 by default) needs a manager or an admin. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TestTokens.class)
class DiscountCapTest {

    @Test
    void userMayGiveCap() {
        String orderId = createOrderWithLine(TestUsers.AGENT1);

        as(TestUsers.AGENT1)
                .body(Map.of("description", "Winter tyres", "priceUnit", "1000", "discountPercent", "10"))
                .post("/api/sale-orders/" + orderId + "/lines")
                .then().statusCode(201)
                .body("lines[1].discountPercent", equalTo(10.00f))
                .body("lines[1].subtotal", equalTo(900.00f));
    }

    @Test
    void userAboveCapIs403() {
        String orderId = createOrderWithLine(TestUsers.AGENT1);
        String lineId = as(TestUsers.AGENT1).get("/api/sale-orders/" + orderId).then().extract().path("lines[0].id");

        as(TestUsers.AGENT1)
                .body(Map.of("description", "Winter tyres", "priceUnit", "1000", "discountPercent", "10.01"))
                .post("/api/sale-orders/" + orderId + "/lines")
                .then().statusCode(403)
                .body("detail", containsString("10%"))
                .body("maxDiscountPercent", equalTo(10));
        as(TestUsers.AGENT1)
                .body(Map.of("discountPercent", "15"))
                .patch("/api/sale-orders/" + orderId + "/lines/" + lineId)
                .then().statusCode(403)
                .body("detail", containsString("10%"));

        as(TestUsers.AGENT1).get("/api/sale-orders/" + orderId)
                .then().statusCode(200)
                .body("lines.size()", equalTo(1))
                .body("lines[0].discountPercent", equalTo(0.0f));
    }

    @Test
    void userCreateAboveCapIs403() {
        String brandId = createBrand();
        String productId = createProduct(brandId, "Polo", "20000", true);
        Map<String, Object> body = orderBody(brandId,
                List.of(Map.of("productId", productId, "quantity", "1", "discountPercent", "12")));

        postOrder(TestUsers.AGENT1, UUID.randomUUID().toString(), body)
                .then().statusCode(403)
                .body("detail", containsString("10%"));

        as(TestUsers.MANAGER1).get("/api/sale-orders?dealerLeadId=" + body.get("dealerLeadId"))
                .then().statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void managerAndAdminAboveCap() {
        String orderId = createOrderWithLine(TestUsers.AGENT1);
        String lineId = as(TestUsers.AGENT1).get("/api/sale-orders/" + orderId).then().extract().path("lines[0].id");

        as(TestUsers.MANAGER1)
                .body(Map.of("discountPercent", "25"))
                .patch("/api/sale-orders/" + orderId + "/lines/" + lineId)
                .then().statusCode(200)
                .body("lines[0].subtotal", equalTo(22500.00f));
        as(TestUsers.ADMIN1)
                .body(Map.of("description", "Demo car discount", "priceUnit", "100", "discountPercent", "100"))
                .post("/api/sale-orders/" + orderId + "/lines")
                .then().statusCode(201)
                .body("amountTotal", equalTo(22500.00f));
    }

    @Test
    void userKeepsManagerDiscount() {
        String orderId = createOrderWithLine(TestUsers.AGENT1);
        String lineId = as(TestUsers.AGENT1).get("/api/sale-orders/" + orderId).then().extract().path("lines[0].id");
        as(TestUsers.MANAGER1)
                .body(Map.of("discountPercent", "20"))
                .patch("/api/sale-orders/" + orderId + "/lines/" + lineId)
                .then().statusCode(200);

        as(TestUsers.AGENT1)
                .body(Map.of("quantity", "2"))
                .patch("/api/sale-orders/" + orderId + "/lines/" + lineId)
                .then().statusCode(200)
                .body("lines[0].discountPercent", equalTo(20.00f))
                .body("lines[0].subtotal", equalTo(48000.00f));
        as(TestUsers.AGENT1)
                .body(Map.of("quantity", "3", "discountPercent", "20"))
                .patch("/api/sale-orders/" + orderId + "/lines/" + lineId)
                .then().statusCode(200)
                .body("lines[0].subtotal", equalTo(72000.00f));
        as(TestUsers.AGENT1)
                .body(Map.of("discountPercent", "21"))
                .patch("/api/sale-orders/" + orderId + "/lines/" + lineId)
                .then().statusCode(403);
    }
}
