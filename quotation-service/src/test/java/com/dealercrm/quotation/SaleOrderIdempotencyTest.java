package com.dealercrm.quotation;

import static com.dealercrm.quotation.QuotationApi.as;
import static com.dealercrm.quotation.QuotationApi.createBrand;
import static com.dealercrm.quotation.QuotationApi.createProduct;
import static com.dealercrm.quotation.QuotationApi.orderBody;
import static com.dealercrm.quotation.QuotationApi.postOrder;
import static com.dealercrm.quotation.QuotationApi.productLine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import com.dealercrm.events.SaleOrderEvents;
import com.dealercrm.testsupport.KafkaTestResource;
import com.dealercrm.testsupport.PostgresTestResource;
import com.dealercrm.testsupport.TestTokens;
import com.dealercrm.testsupport.TestUsers;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@code POST /api/sale-orders} with an {@code Idempotency-Key}: one key, one order. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TestTokens.class)
class SaleOrderIdempotencyTest {

    @Test
    void sameKeyReturnsSameOrder() {
        Map<String, Object> body = newOrderBody();
        String key = UUID.randomUUID().toString();

        String firstId = postOrder(TestUsers.AGENT1, key, body)
                .then().statusCode(201)
                .extract().path("id");
        String secondId = postOrder(TestUsers.AGENT1, key, body)
                .then().statusCode(200)
                .extract().path("id");

        assertThat(secondId).isEqualTo(firstId);
        as(TestUsers.AGENT1).get("/api/sale-orders?dealerLeadId=" + body.get("dealerLeadId"))
                .then().statusCode(200)
                .body("total", equalTo(1));
    }

    @Test
    void concurrentSameKeyGivesOneOrder() throws Exception {
        Map<String, Object> body = newOrderBody();
        String key = body.get("dealerLeadId").toString();

        List<Response> responses = Race.run(2, () -> postOrder(TestUsers.AGENT1, key, body));

        List<Integer> statuses = responses.stream().map(Response::statusCode).toList();
        List<String> ids = responses.stream().map(response -> response.<String>path("id")).toList();
        List<String> names = responses.stream().map(response -> response.<String>path("name")).toList();
        assertThat(statuses).containsExactlyInAnyOrder(201, 200);
        assertThat(ids.get(1)).isEqualTo(ids.get(0));
        assertThat(names.get(1)).isEqualTo(names.get(0));
        as(TestUsers.MANAGER1).get("/api/sale-orders?dealerLeadId=" + body.get("dealerLeadId"))
                .then().statusCode(200)
                .body("total", equalTo(1));
        try (SaleOrderEventTap tap = new SaleOrderEventTap()) {
            List<SaleOrderEventTap.KeyedEvent> events = tap.awaitThrough(ids.get(0), SaleOrderEvents.CREATED);
            assertThat(tap.types(events)).containsExactly(SaleOrderEvents.CREATED);
        }
    }

    @Test
    void managerReplayOfUserKeyReturnsOrder() {
        Map<String, Object> body = newOrderBody();
        String key = UUID.randomUUID().toString();
        String id = postOrder(TestUsers.AGENT1, key, body).then().statusCode(201).extract().path("id");

        postOrder(TestUsers.MANAGER1, key, body)
                .then().statusCode(200)
                .body("id", equalTo(id))
                .body("createdBy", equalTo(TestUsers.AGENT1.id()));
    }

    @Test
    void otherUsersKeyIs409() {
        Map<String, Object> body = newOrderBody();
        String key = UUID.randomUUID().toString();
        postOrder(TestUsers.AGENT1, key, body).then().statusCode(201);

        postOrder(TestUsers.AGENT2, key, body)
                .then().statusCode(409)
                .body("detail", containsString(key))
                .body("id", nullValue());
        as(TestUsers.AGENT2).get("/api/sale-orders?dealerLeadId=" + body.get("dealerLeadId"))
                .then().statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void missingKeyIs400() {
        as(TestUsers.AGENT1)
                .body(newOrderBody())
                .post("/api/sale-orders")
                .then().statusCode(400)
                .body("errors.field", hasItem("Idempotency-Key"));
        postOrder(TestUsers.AGENT1, "k".repeat(256), newOrderBody())
                .then().statusCode(400)
                .body("errors.field", hasItem("Idempotency-Key"));
    }

    private static Map<String, Object> newOrderBody() {
        String brandId = createBrand();
        String productId = createProduct(brandId, "Golf", "30000.00", true);
        return orderBody(brandId, List.of(productLine(productId, "1", "29500.00")));
    }
}
