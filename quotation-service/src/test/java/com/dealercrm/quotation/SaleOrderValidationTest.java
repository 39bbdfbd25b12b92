package com.dealercrm.quotation;

import static com.dealercrm.quotation.QuotationApi.as;
import static com.dealercrm.quotation.QuotationApi.createBrand;
import static com.dealercrm.quotation.QuotationApi.createOrderWithLine;
import static com.dealercrm.quotation.QuotationApi.createProduct;
import static com.dealercrm.quotation.QuotationApi.orderBody;
import static com.dealercrm.quotation.QuotationApi.partner;
import static com.dealercrm.quotation.QuotationApi.postOrder;
import static com.dealercrm.quotation.QuotationApi.productLine;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.dealercrm.testsupport.KafkaTestResource;
import com.dealercrm.testsupport.PostgresTestResource;
import com.dealercrm.testsupport.TestTokens;
import com.dealercrm.testsupport.TestUsers;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bad input is a 400 naming the field, unknown ids are 404, and neither leaves anything behind. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TestTokens.class)
class SaleOrderValidationTest {

    private String brandId;
    private String productId;

    @BeforeEach
    void createCatalog() {
        brandId = createBrand();
        productId = createProduct(brandId, "Golf", "30000.00", true);
    }

    @Test
    void badLineValuesAre400() {
        Map<String, List<Object>> badValues = Map.of(
                "quantity", List.of("0", "-1", "1.2345", "1.125", "many"),
                "priceUnit", List.of("1.234", "1234567890.00", "free"),
                "discountPercent", List.of("-1", "100.01", "1.234", "half"));
        for (Map.Entry<String, List<Object>> field : badValues.entrySet()) {
            for (Object value : field.getValue()) {
                Map<String, Object> line = new HashMap<>(productLine(productId, "1", "30000"));
                line.put(field.getKey(), value);
                Map<String, Object> body = orderBody(brandId, List.of(line));

                postOrder(TestUsers.MANAGER1, UUID.randomUUID().toString(), body)
                        .then().statusCode(400)
                        .body("errors.field", hasItem("lines[0]." + field.getKey()));
                assertNoOrderFor(body);
            }
        }
    }

    @Test
    void lineWithoutProductNeedsDescriptionAndPrice() {
        Map<String, Object> noDescription = orderBody(brandId, List.of(Map.of("priceUnit", "-500")));
        Map<String, Object> noPrice = orderBody(brandId, List.of(Map.of("description", "Trade-in")));
        Map<String, Object> blankDescription = orderBody(brandId, List.of(Map.of("description", "  ", "priceUnit", "-500")));

        postOrder(TestUsers.AGENT1, UUID.randomUUID().toString(), noDescription)
                .then().statusCode(400)
                .body("errors.field", hasItem("lines[0].description"));
        postOrder(TestUsers.AGENT1, UUID.randomUUID().toString(), noPrice)
                .then().statusCode(400)
                .body("errors.field", hasItem("lines[0].priceUnit"));
        postOrder(TestUsers.AGENT1, UUID.randomUUID().toString(), blankDescription)
                .then().statusCode(400)
                .body("errors.field", hasItem("lines[0].description"));
        assertNoOrderFor(noDescription);
        assertNoOrderFor(noPrice);
    }

    @Test
    void badOrderValuesAre400() {
        Map<String, Object> missingPartnerName = new HashMap<>(partner());
        missingPartnerName.remove("name");
        Map<String, Object> badEmail = new HashMap<>(partner());
        badEmail.put("email", "not-an-email");
        Map<String, Object> missingPartnerId = new HashMap<>(partner());
        missingPartnerId.remove("partnerId");
        Map<String, Object> cases = Map.of(
                "partner", Map.of(),
                "partner.name", Map.of("partner", missingPartnerName),
                "partner.email", Map.of("partner", badEmail),
                "partner.partnerId", Map.of("partner", missingPartnerId),
                "brandId", Map.of("brandId", "vw"),
                "dealerLeadId", Map.of("dealerLeadId", "DLEAD/00001"),
                "amountTotal", Map.of("amountTotal", "1.00"),
                "lines", Map.of("lines", "Golf"));
        for (Map.Entry<String, Object> entry : cases.entrySet()) {
            Map<String, Object> body = orderBody(brandId, List.of());
            @SuppressWarnings("unchecked")
            Map<String, Object> change = (Map<String, Object>) entry.getValue();
            if (change.isEmpty()) {
                body.remove(entry.getKey());
            }
            body.putAll(change);

            postOrder(TestUsers.AGENT1, UUID.randomUUID().toString(), body)
                    .then().statusCode(400)
                    .body("errors.field", hasItem(entry.getKey()));
        }
    }

    @Test
    void missingBrandIs400() {
        Map<String, Object> body = orderBody(brandId, List.of());
        body.remove("brandId");

        postOrder(TestUsers.AGENT1, UUID.randomUUID().toString(), body)
                .then().statusCode(400)
                .body("errors.field", hasItem("brandId"));
    }

    @Test
    void unknownBrandOrProductIs404() {
        String unknownBrand = UUID.randomUUID().toString();
        String unknownProduct = UUID.randomUUID().toString();
        Map<String, Object> withUnknownBrand = orderBody(unknownBrand, List.of());
        Map<String, Object> withUnknownProduct = orderBody(brandId, List.of(productLine(unknownProduct, "1", "1")));

        postOrder(TestUsers.AGENT1, UUID.randomUUID().toString(), withUnknownBrand)
                .then().statusCode(404)
                .body("detail", containsString(unknownBrand));
        postOrder(TestUsers.AGENT1, UUID.randomUUID().toString(), withUnknownProduct)
                .then().statusCode(404)
                .body("detail", containsString(unknownProduct));
        assertNoOrderFor(withUnknownBrand);
        assertNoOrderFor(withUnknownProduct);
    }

    @Test
    void unknownOrderOrLineIs404() {
        String orderId = createOrderWithLine(TestUsers.AGENT1);
        String unknownId = UUID.randomUUID().toString();

        as(TestUsers.MANAGER1).get("/api/sale-orders/" + unknownId).then().statusCode(404);
        as(TestUsers.MANAGER1).get("/api/sale-orders/SO00001").then().statusCode(404);
        as(TestUsers.MANAGER1).post("/api/sale-orders/" + unknownId + "/confirm").then().statusCode(404);
        as(TestUsers.MANAGER1).post("/api/sale-orders/" + unknownId + "/lock").then().statusCode(404);
        as(TestUsers.MANAGER1).post("/api/sale-orders/" + unknownId + "/cancel").then().statusCode(404);
        as(TestUsers.MANAGER1).body(Map.of("quantity", "2"))
                .patch("/api/sale-orders/" + orderId + "/lines/" + unknownId)
                .then().statusCode(404)
                .body("detail", containsString(unknownId));
        as(TestUsers.MANAGER1).delete("/api/sale-orders/" + orderId + "/lines/" + unknownId).then().statusCode(404);
        as(TestUsers.MANAGER1).delete("/api/sale-orders/" + orderId + "/lines/line-1").then().statusCode(404);
    }

    @Test
    void lineLinkedToOtherOrderIs404() {
        String orderId = createOrderWithLine(TestUsers.AGENT1);
        String otherOrderId = createOrderWithLine(TestUsers.AGENT1);
        String otherLineId = as(TestUsers.AGENT1).get("/api/sale-orders/" + otherOrderId).then().extract().path("lines[0].id");

        as(TestUsers.AGENT1).delete("/api/sale-orders/" + orderId + "/lines/" + otherLineId).then().statusCode(404);

        as(TestUsers.AGENT1).get("/api/sale-orders/" + otherOrderId)
                .then().body("lines.size()", equalTo(1));
    }

    @Test
    void badLineEditsAre400Or404() {
        String orderId = createOrderWithLine(TestUsers.AGENT1);
        String linesPath = "/api/sale-orders/" + orderId + "/lines";
        String lineId = as(TestUsers.AGENT1).get("/api/sale-orders/" + orderId).then().extract().path("lines[0].id");
        String unknownProduct = UUID.randomUUID().toString();

        as(TestUsers.AGENT1).body(Map.of("productId", productId, "quantity", "0")).post(linesPath)
                .then().statusCode(400)
                .body("errors.field", hasItem("quantity"));
        as(TestUsers.AGENT1).body(Map.of("discountPercent", "101")).patch(linesPath + "/" + lineId)
                .then().statusCode(400)
                .body("errors.field", hasItem("discountPercent"));
        as(TestUsers.AGENT1).body(Map.of("subtotal", "1.00")).patch(linesPath + "/" + lineId)
                .then().statusCode(400)
                .body("errors.field", hasItem("subtotal"));
        as(TestUsers.AGENT1).body(Map.of("productId", unknownProduct)).patch(linesPath + "/" + lineId)
                .then().statusCode(404)
                .body("detail", containsString(unknownProduct));
        as(TestUsers.AGENT1).body(Map.of("productId", unknownProduct)).post(linesPath)
                .then().statusCode(404);
        as(TestUsers.AGENT1).post(linesPath)
                .then().statusCode(400);

        as(TestUsers.AGENT1).get("/api/sale-orders/" + orderId)
                .then().statusCode(200)
                .body("lines.size()", equalTo(1))
                .body("amountTotal", equalTo(30000.00f));
    }

    @Test
    void badIfMatchIs400() {
        String orderId = createOrderWithLine(TestUsers.AGENT1);

        as(TestUsers.AGENT1).header("If-Match", "latest").post("/api/sale-orders/" + orderId + "/confirm")
                .then().statusCode(400)
                .body("errors.field", hasItem("If-Match"));
    }

    @Test
    void badListQueryIs400() {
        Map<String, String> cases = Map.of(
                "state=OPEN", "state",
                "state=draft", "state",
                "dealerLeadId=DLEAD-1", "dealerLeadId",
                "size=0", "size",
                "size=201", "size",
                "page=-1", "page",
                "page=first", "page");
        for (Map.Entry<String, String> entry : cases.entrySet()) {
            as(TestUsers.AGENT1).get("/api/sale-orders?" + entry.getKey())
                    .then().statusCode(400)
                    .body("errors.field", hasItem(entry.getValue()));
        }
    }

    @Test
    void listFiltersByLeadAndState() {
        Map<String, Object> body = orderBody(brandId, List.of(productLine(productId, "1", "30000")));
        String leadId = body.get("dealerLeadId").toString();
        String draftId = QuotationApi.createOrder(TestUsers.AGENT1, body);
        String confirmedId = QuotationApi.createOrder(TestUsers.AGENT1, body);
        QuotationApi.action(TestUsers.AGENT1, confirmedId, "confirm").then().statusCode(200);

        as(TestUsers.AGENT1).get("/api/sale-orders?dealerLeadId=" + leadId)
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("page", equalTo(0))
                .body("size", equalTo(20));
        as(TestUsers.AGENT1).get("/api/sale-orders?dealerLeadId=" + leadId + "&state=SALE")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(confirmedId))
                .body("items[0].lines.size()", equalTo(1));
        as(TestUsers.AGENT1).get("/api/sale-orders?dealerLeadId=" + leadId + "&state=DRAFT")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(draftId));
    }

    private static void assertNoOrderFor(Map<String, Object> body) {
        as(TestUsers.MANAGER1).get("/api/sale-orders?dealerLeadId=" + body.get("dealerLeadId"))
                .then().statusCode(200)
                .body("total", equalTo(0));
    }
}
