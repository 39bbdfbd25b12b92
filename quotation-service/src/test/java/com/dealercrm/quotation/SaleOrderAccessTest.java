package com.dealercrm.quotation;

import static com.dealercrm.quotation.QuotationApi.action;
import static com.dealercrm.quotation.QuotationApi.anonymous;
import static com.dealercrm.quotation.QuotationApi.as;
import static com.dealercrm.quotation.QuotationApi.createBrand;
import static com.dealercrm.quotation.QuotationApi.createOrderWithLine;
import static com.dealercrm.quotation.QuotationApi.orderBody;
import static com.dealercrm.quotation.QuotationApi.postOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

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

/**
 * Who may act on sale orders: a dealer user only on the orders they created (404 for others),
 * managers and admins on all, lock only for managers and admins, nothing for bpo-integration.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TestTokens.class)
class SaleOrderAccessTest {

    @Test
    void createAllowedForDealerRoles() {
        String brandId = createBrand();
        for (TestUsers.User user : List.of(TestUsers.AGENT1, TestUsers.MANAGER1, TestUsers.ADMIN1)) {
            postOrder(user, UUID.randomUUID().toString(), orderBody(brandId, List.of()))
                    .then().statusCode(201)
                    .body("createdBy", equalTo(user.id()))
                    .body("createdByName", equalTo(user.username()));
        }
    }

    @Test
    void bpoIntegrationRejected() {
        String orderId = createOrderWithLine(TestUsers.AGENT1);
        String brandId = createBrand();

        postOrder(TestUsers.BPO_CRM, UUID.randomUUID().toString(), orderBody(brandId, List.of()))
                .then().statusCode(403);
        as(TestUsers.BPO_CRM).get("/api/sale-orders").then().statusCode(403);
        as(TestUsers.BPO_CRM).get("/api/sale-orders/" + orderId).then().statusCode(403);
        as(TestUsers.BPO_CRM).body(Map.of("description", "Mats", "priceUnit", "10"))
                .post("/api/sale-orders/" + orderId + "/lines").then().statusCode(403);
        for (String action : List.of("confirm", "lock", "cancel")) {
            action(TestUsers.BPO_CRM, orderId, action).then().statusCode(403);
        }
        as(TestUsers.AGENT1).get("/api/sale-orders/" + orderId)
                .then().statusCode(200)
                .body("state", equalTo("DRAFT"))
                .body("lines.size()", equalTo(1));
    }

    @Test
    void noTokenIs401() {
        String orderId = createOrderWithLine(TestUsers.AGENT1);

        anonymous().get("/api/sale-orders").then().statusCode(401);
        anonymous().get("/api/sale-orders/" + orderId).then().statusCode(401);
        anonymous().post("/api/sale-orders/" + orderId + "/confirm").then().statusCode(401);
        anonymous()
                .auth().oauth2(TestTokens.expiredTokenFor(TestUsers.AGENT1))
                .get("/api/sale-orders/" + orderId)
                .then().statusCode(401);
    }

    @Test
    void creatorReadsOwnOrder() {
        String orderId = createOrderWithLine(TestUsers.AGENT1);

        as(TestUsers.AGENT1).get("/api/sale-orders/" + orderId).then().statusCode(200);
        as(TestUsers.AGENT2).get("/api/sale-orders/" + orderId).then().statusCode(404);
        as(TestUsers.MANAGER1).get("/api/sale-orders/" + orderId).then().statusCode(200);
        as(TestUsers.ADMIN1).get("/api/sale-orders/" + orderId).then().statusCode(200);
    }

    @Test
    void listShowsUserOnlyOwnOrders() {
        String agent1Order = createOrderWithLine(TestUsers.AGENT1);
        String agent2Order = createOrderWithLine(TestUsers.AGENT2);

        as(TestUsers.AGENT2).get("/api/sale-orders?size=200")
                .then().statusCode(200)
                .body("items.id", hasItem(agent2Order))
                .body("items.id", not(hasItem(agent1Order)))
                .body("items.createdBy", everyItem(equalTo(TestUsers.AGENT2.id())));
        for (TestUsers.User user : List.of(TestUsers.MANAGER1, TestUsers.ADMIN1)) {
            as(user).get("/api/sale-orders?size=200")
                    .then().statusCode(200)
                    .body("items.id", hasItem(agent1Order))
                    .body("items.id", hasItem(agent2Order));
        }
    }

    @Test
    void otherUserCannotEditLines() {
        String orderId = createOrderWithLine(TestUsers.AGENT1);
        String lineId = as(TestUsers.AGENT1).get("/api/sale-orders/" + orderId).then().extract().path("lines[0].id");
        Map<String, Object> line = Map.of("description", "Roof box", "priceUnit", "450");

        as(TestUsers.AGENT2).body(line).post("/api/sale-orders/" + orderId + "/lines").then().statusCode(404);
        as(TestUsers.AGENT2).body(Map.of("quantity", "2")).patch("/api/sale-orders/" + orderId + "/lines/" + lineId).then().statusCode(404);
        as(TestUsers.AGENT2).delete("/api/sale-orders/" + orderId + "/lines/" + lineId).then().statusCode(404);

        as(TestUsers.AGENT1).get("/api/sale-orders/" + orderId)
                .then().statusCode(200)
                .body("lines.size()", equalTo(1))
                .body("lines[0].quantity", equalTo(1));
    }

    @Test
    void managerAndAdminEditOthersLines() {
        String orderId = createOrderWithLine(TestUsers.AGENT1);
        String lineId = as(TestUsers.AGENT1).get("/api/sale-orders/" + orderId).then().extract().path("lines[0].id");

        as(TestUsers.MANAGER1).body(Map.of("description", "Roof box", "priceUnit", "450"))
                .post("/api/sale-orders/" + orderId + "/lines").then().statusCode(201);
        as(TestUsers.ADMIN1).body(Map.of("quantity", "2"))
                .patch("/api/sale-orders/" + orderId + "/lines/" + lineId)
                .then().statusCode(200)
                .body("lines[0].quantity", equalTo(2));
        as(TestUsers.MANAGER1).delete("/api/sale-orders/" + orderId + "/lines/" + lineId)
                .then().statusCode(200)
                .body("lines.size()", equalTo(1));
    }

    @Test
    void otherUserCannotConfirmOrCancel() {
        String orderId = createOrderWithLine(TestUsers.AGENT1);

        action(TestUsers.AGENT2, orderId, "confirm").then().statusCode(404);
        action(TestUsers.AGENT2, orderId, "cancel").then().statusCode(404);

        as(TestUsers.AGENT1).get("/api/sale-orders/" + orderId)
                .then().statusCode(200)
                .body("state", equalTo("DRAFT"));
    }

    @Test
    void creatorConfirmsAndCancels() {
        String confirmed = createOrderWithLine(TestUsers.AGENT1);
        String cancelled = createOrderWithLine(TestUsers.AGENT1);

        action(TestUsers.AGENT1, confirmed, "confirm").then().statusCode(200).body("state", equalTo("SALE"));
        action(TestUsers.AGENT1, cancelled, "cancel").then().statusCode(200).body("state", equalTo("CANCELLED"));
    }

    @Test
    void managerAndAdminActOnOthersOrders() {
        for (TestUsers.User user : List.of(TestUsers.MANAGER1, TestUsers.ADMIN1)) {
            String confirmed = createOrderWithLine(TestUsers.AGENT1);
            String cancelled = createOrderWithLine(TestUsers.AGENT2);

            action(user, confirmed, "confirm").then().statusCode(200).body("state", equalTo("SALE"));
            action(user, confirmed, "lock").then().statusCode(200).body("state", equalTo("DONE"));
            action(user, cancelled, "cancel").then().statusCode(200).body("state", equalTo("CANCELLED"));
        }
    }

    @Test
    void lockRejectedForDealerUser() {
        String orderId = createOrderWithLine(TestUsers.AGENT1);
        action(TestUsers.AGENT1, orderId, "confirm").then().statusCode(200);

        action(TestUsers.AGENT1, orderId, "lock").then().statusCode(403);

        as(TestUsers.AGENT1).get("/api/sale-orders/" + orderId)
                .then().statusCode(200)
                .body("state", equalTo("SALE"));
    }
}
