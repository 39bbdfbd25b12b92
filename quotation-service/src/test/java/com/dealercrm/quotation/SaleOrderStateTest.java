package com.dealercrm.quotation;

import static com.dealercrm.quotation.QuotationApi.action;
import static com.dealercrm.quotation.QuotationApi.as;
import static com.dealercrm.quotation.QuotationApi.createBrand;
import static com.dealercrm.quotation.QuotationApi.createOrder;
import static com.dealercrm.quotation.QuotationApi.createOrderWithLine;
import static com.dealercrm.quotation.QuotationApi.orderBody;
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
import org.junit.jupiter.api.Test;

/** Every transition the state machine rejects: 409 naming the current state, 422 for an empty order. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TestTokens.class)
class SaleOrderStateTest {

    @Test
    void confirmWithoutLinesIs422() {
        String orderId = createOrder(TestUsers.AGENT1, orderBody(createBrand(), List.of()));

        action(TestUsers.AGENT1, orderId, "confirm")
                .then().statusCode(422)
                .body("detail", containsString("no lines"));

        as(TestUsers.AGENT1).get("/api/sale-orders/" + orderId)
                .then().statusCode(200)
                .body("state", equalTo("DRAFT"));
    }

    @Test
    void confirmOutsideDraftIs409() {
        for (String state : List.of("SALE", "DONE", "CANCELLED")) {
            String orderId = orderIn(state);

            action(TestUsers.MANAGER1, orderId, "confirm")
                    .then().statusCode(409)
                    .body("detail", containsString("is in state " + state));
        }
    }

    @Test
    void confirmCancelledEmptyOrderIs409() {
        String orderId = createOrder(TestUsers.AGENT1, orderBody(createBrand(), List.of()));
        action(TestUsers.AGENT1, orderId, "cancel").then().statusCode(200);

        action(TestUsers.AGENT1, orderId, "confirm")
                .then().statusCode(409)
                .body("detail", containsString("CANCELLED"));
    }

    @Test
    void lockOutsideSaleIs409() {
        for (String state : List.of("DRAFT", "DONE", "CANCELLED")) {
            String orderId = orderIn(state);

            action(TestUsers.MANAGER1, orderId, "lock")
                    .then().statusCode(409)
                    .body("detail", containsString("is in state " + state));
        }
    }

    @Test
    void cancelFromDoneOrCancelledIs409() {
        for (String state : List.of("DONE", "CANCELLED")) {
            String orderId = orderIn(state);

            action(TestUsers.MANAGER1, orderId, "cancel")
                    .then().statusCode(409)
                    .body("detail", containsString("is in state " + state));

            as(TestUsers.MANAGER1).get("/api/sale-orders/" + orderId)
                    .then().body("state", equalTo(state));
        }
    }

    @Test
    void lineEditsOutsideDraftAre409() {
        for (String state : List.of("SALE", "DONE", "CANCELLED")) {
            String orderId = orderIn(state);
            String lineId = as(TestUsers.AGENT1).get("/api/sale-orders/" + orderId).then().extract().path("lines[0].id");
            String linesPath = "/api/sale-orders/" + orderId + "/lines";

            as(TestUsers.AGENT1).body(Map.of("description", "Tow bar", "priceUnit", "800"))
                    .post(linesPath)
                    .then().statusCode(409)
                    .body("detail", containsString("is in state " + state));
            as(TestUsers.AGENT1).body(Map.of("quantity", "3"))
                    .patch(linesPath + "/" + lineId)
                    .then().statusCode(409)
                    .body("detail", containsString("is in state " + state));
            as(TestUsers.AGENT1)
                    .delete(linesPath + "/" + lineId)
                    .then().statusCode(409)
                    .body("detail", containsString("is in state " + state));

            as(TestUsers.AGENT1).get("/api/sale-orders/" + orderId)
                    .then().statusCode(200)
                    .body("lines.size()", equalTo(1))
                    .body("lines[0].quantity", equalTo(1))
                    .body("amountTotal", equalTo(30000.00f));
        }
    }

    /** Returns an order of agent1 with one line, moved to the given state. */
    private static String orderIn(String state) {
        String orderId = createOrderWithLine(TestUsers.AGENT1);
        switch (state) {
            case "DRAFT" -> {
            }
            case "SALE" -> action(TestUsers.AGENT1, orderId, "confirm").then().statusCode(200);
            case "DONE" -> {
                action(TestUsers.AGENT1, orderId, "confirm").then().statusCode(200);
                action(TestUsers.MANAGER1, orderId, "lock").then().statusCode(200);
            }
            case "CANCELLED" -> action(TestUsers.AGENT1, orderId, "cancel").then().statusCode(200);
            default -> throw new IllegalArgumentException("unknown state " + state);
        }
        return orderId;
    }
}
