package com.dealercrm.quotation;

import static com.dealercrm.quotation.QuotationApi.action;
import static com.dealercrm.quotation.QuotationApi.as;
import static com.dealercrm.quotation.QuotationApi.createBrand;
import static com.dealercrm.quotation.QuotationApi.createOrder;
import static com.dealercrm.quotation.QuotationApi.createProduct;
import static com.dealercrm.quotation.QuotationApi.orderBody;
import static com.dealercrm.quotation.QuotationApi.postOrder;
import static com.dealercrm.quotation.QuotationApi.productLine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.dealercrm.events.Aggregate;
import com.dealercrm.events.EventEnvelope;
import com.dealercrm.events.EventJson;
import com.dealercrm.events.FieldChange;
import com.dealercrm.events.SaleOrderEvents;
import com.dealercrm.testsupport.KafkaTestResource;
import com.dealercrm.testsupport.PostgresTestResource;
import com.dealercrm.testsupport.TestTokens;
import com.dealercrm.testsupport.TestUsers;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The whole sale order lifecycle through REST, and the one event each change publishes. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TestTokens.class)
class SaleOrderLifecycleTest {

    private static SaleOrderEventTap tap;

    @BeforeAll
    static void openTap() {
        tap = new SaleOrderEventTap();
    }

    @AfterAll
    static void closeTap() {
        tap.close();
    }

    @Test
    void lifecycleDraftToDone() {
        String brandId = createBrand();
        String vehicleId = createProduct(brandId, "Golf GTI", "35000.00", true);
        String warrantyId = createProduct(brandId, "Extended warranty", "1200.00", false);
        Map<String, Object> body = orderBody(brandId, List.of(productLine(vehicleId, "1", "34000.00")));
        String leadId = (String) body.get("dealerLeadId");
        String leadReference = (String) body.get("dealerLeadReference");

        Response response = postOrder(TestUsers.AGENT1, UUID.randomUUID().toString(), body);
        JsonPath created = response
                .then().statusCode(201)
                .body("name", matchesPattern("SO\\d{5}"))
                .body("state", equalTo("DRAFT"))
                .body("origin", equalTo(leadReference))
                .body("dealerLeadId", equalTo(leadId))
                .body("brandId", equalTo(brandId))
                .body("partner.name", equalTo("Maria Jensen"))
                .body("partner.mobile", equalTo("+4520123456"))
                .body("partner.email", equalTo("maria.jensen@example.com"))
                .body("createdBy", equalTo(TestUsers.AGENT1.id()))
                .body("lines", hasSize(1))
                .body("lines[0].description", equalTo("Golf GTI"))
                .body("lines[0].subtotal", equalTo(34000.00f))
                .body("amountTotal", equalTo(34000.00f))
                .body("confirmedAt", nullValue())
                .extract().jsonPath();
        String orderId = created.getString("id");
        String orderName = created.getString("name");
        assertThat(response.header("Location")).endsWith("/api/sale-orders/" + orderId);

        String warrantyLineId = as(TestUsers.AGENT1)
                .body(Map.of("productId", warrantyId))
                .post("/api/sale-orders/" + orderId + "/lines")
                .then().statusCode(201)
                .header("Location", containsString("/api/sale-orders/" + orderId + "/lines/"))
                .body("lines", hasSize(2))
                .body("lines[1].description", equalTo("Extended warranty"))
                .body("lines[1].priceUnit", equalTo(1200.00f))
                .body("lines[1].quantity", equalTo(1))
                .body("amountTotal", equalTo(35200.00f))
                .extract().path("lines[1].id");

        as(TestUsers.AGENT1)
                .body(Map.of("quantity", "1"))
                .patch("/api/sale-orders/" + orderId + "/lines/" + warrantyLineId)
                .then().statusCode(200)
                .body("amountTotal", equalTo(35200.00f));

        as(TestUsers.AGENT1)
                .body(Map.of("description", "Trade-in: 2015 Polo", "priceUnit", "-8000.00"))
                .post("/api/sale-orders/" + orderId + "/lines")
                .then().statusCode(201)
                .body("lines[2].productId", nullValue())
                .body("lines[2].subtotal", equalTo(-8000.00f))
                .body("amountTotal", equalTo(27200.00f));

        as(TestUsers.AGENT1)
                .body(Map.of("quantity", "2", "discountPercent", "5"))
                .patch("/api/sale-orders/" + orderId + "/lines/" + warrantyLineId)
                .then().statusCode(200)
                .body("lines[1].subtotal", equalTo(2280.00f))
                .body("amountTotal", equalTo(28280.00f));

        action(TestUsers.MANAGER1, orderId, "lock")
                .then().statusCode(409)
                .body("detail", containsString("DRAFT"));

        JsonPath confirmed = action(TestUsers.AGENT1, orderId, "confirm")
                .then().statusCode(200)
                .body("state", equalTo("SALE"))
                .body("confirmedAt", notNullValue())
                .extract().jsonPath();
        assertThat(confirmed.getList("lines")).hasSize(3);

        action(TestUsers.AGENT1, orderId, "confirm")
                .then().statusCode(409)
                .body("detail", containsString("SALE"));

        action(TestUsers.MANAGER1, orderId, "lock")
                .then().statusCode(200)
                .body("state", equalTo("DONE"))
                .body("amountTotal", equalTo(28280.00f));

        as(TestUsers.AGENT1).get("/api/sale-orders/" + orderId)
                .then().statusCode(200)
                .body("state", equalTo("DONE"))
                .body("name", equalTo(orderName));

        List<SaleOrderEventTap.KeyedEvent> events = tap.awaitThrough(orderId, SaleOrderEvents.LOCKED);
        assertThat(tap.types(events)).containsExactly(
                SaleOrderEvents.CREATED,
                SaleOrderEvents.LINES_CHANGED,
                SaleOrderEvents.LINES_CHANGED,
                SaleOrderEvents.LINES_CHANGED,
                SaleOrderEvents.CONFIRMED,
                SaleOrderEvents.LOCKED);
        for (SaleOrderEventTap.KeyedEvent event : events) {
            EventEnvelope envelope = event.envelope();
            assertThat(event.key()).isEqualTo(orderId);
            assertThat(envelope.aggregate()).isEqualTo(new Aggregate(Aggregate.SALE_ORDER, orderId, orderName));
            assertThat(envelope.leadid()).isEqualTo(leadId);
        }
        assertThat(events.get(0).envelope().actor().id()).isEqualTo(TestUsers.AGENT1.id());
        assertThat(events.get(5).envelope().actor().id()).isEqualTo(TestUsers.MANAGER1.id());
    }

    @Test
    void confirmedEventCarriesDeliverableFlags() {
        String brandId = createBrand();
        String vehicleId = createProduct(brandId, "ID.4 Pro", "45000.00", true);
        String warrantyId = createProduct(brandId, "Five-year warranty", "900.00", false);
        List<Map<String, Object>> lines = List.of(
                productLine(vehicleId, "1", "45000.00"),
                productLine(warrantyId, "1", "900.00"),
                Map.of("description", "Trade-in: 2012 Golf", "priceUnit", "-5000"));
        String orderId = createOrder(TestUsers.AGENT1, orderBody(brandId, lines));

        action(TestUsers.AGENT1, orderId, "confirm").then().statusCode(200);

        List<SaleOrderEventTap.KeyedEvent> events = tap.awaitThrough(orderId, SaleOrderEvents.CONFIRMED);
        assertThat(tap.types(events)).containsExactly(SaleOrderEvents.CREATED, SaleOrderEvents.CONFIRMED);
        SaleOrderEvents.SaleOrderConfirmed confirmed = EventJson.data(events.get(1).envelope(), SaleOrderEvents.SaleOrderConfirmed.class);
        assertThat(confirmed.order().state()).isEqualTo("SALE");
        assertThat(confirmed.order().confirmedAt()).isNotNull();
        assertThat(confirmed.order().amountTotal()).isEqualByComparingTo("40900.00");
        assertThat(confirmed.order().lines()).extracting(SaleOrderEvents.Line::productId)
                .containsExactly(vehicleId, warrantyId, null);
        assertThat(confirmed.order().lines()).extracting(SaleOrderEvents.Line::deliverable)
                .containsExactly(true, false, false);
        assertThat(confirmed.order().lines()).extracting(SaleOrderEvents.Line::subtotal)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("45000.00"), new BigDecimal("900.00"), new BigDecimal("-5000.00"));
    }

    @Test
    void linesChangedEventCarriesOldAndNew() {
        String brandId = createBrand();
        String vehicleId = createProduct(brandId, "Tiguan", "40000.00", true);
        String orderId = createOrder(TestUsers.AGENT1, orderBody(brandId, List.of(productLine(vehicleId, "1", "40000.00"))));
        String lineId = as(TestUsers.AGENT1).get("/api/sale-orders/" + orderId)
                .then().statusCode(200)
                .extract().path("lines[0].id");

        as(TestUsers.AGENT1)
                .body(Map.of("priceUnit", "38500.00"))
                .patch("/api/sale-orders/" + orderId + "/lines/" + lineId)
                .then().statusCode(200);
        as(TestUsers.AGENT1)
                .delete("/api/sale-orders/" + orderId + "/lines/" + lineId)
                .then().statusCode(200)
                .body("lines", hasSize(0))
                .body("amountTotal", equalTo(0.0f));
        action(TestUsers.AGENT1, orderId, "cancel").then().statusCode(200);

        List<SaleOrderEventTap.KeyedEvent> events = tap.awaitThrough(orderId, SaleOrderEvents.CANCELLED);
        assertThat(tap.types(events)).containsExactly(
                SaleOrderEvents.CREATED, SaleOrderEvents.LINES_CHANGED, SaleOrderEvents.LINES_CHANGED, SaleOrderEvents.CANCELLED);
        SaleOrderEvents.LinesChanged priced = EventJson.data(events.get(1).envelope(), SaleOrderEvents.LinesChanged.class);
        assertThat(priced.changes()).containsExactly(
                new FieldChange("lines[" + lineId + "].priceUnit", "40000.00", "38500.00"),
                new FieldChange("lines[" + lineId + "].subtotal", "40000.00", "38500.00"),
                new FieldChange("amountTotal", "40000.00", "38500.00"));
        SaleOrderEvents.LinesChanged removed = EventJson.data(events.get(2).envelope(), SaleOrderEvents.LinesChanged.class);
        assertThat(removed.changes()).containsExactly(
                new FieldChange("lines[" + lineId + "]", "Tiguan: 1 x 38500.00 = 38500.00", null),
                new FieldChange("amountTotal", "38500.00", "0.00"));
        SaleOrderEvents.SaleOrderCancelled cancelled = EventJson.data(events.get(3).envelope(), SaleOrderEvents.SaleOrderCancelled.class);
        assertThat(cancelled.stateFrom()).isEqualTo("DRAFT");
        assertThat(cancelled.order().state()).isEqualTo("CANCELLED");
    }

    @Test
    void cancelFromSale() {
        String orderId = QuotationApi.createOrderWithLine(TestUsers.AGENT1);
        action(TestUsers.AGENT1, orderId, "confirm").then().statusCode(200);

        action(TestUsers.AGENT1, orderId, "cancel")
                .then().statusCode(200)
                .body("state", equalTo("CANCELLED"))
                .body("cancelledAt", notNullValue())
                .body("confirmedAt", notNullValue());

        List<SaleOrderEventTap.KeyedEvent> events = tap.awaitThrough(orderId, SaleOrderEvents.CANCELLED);
        assertThat(tap.types(events)).containsExactly(SaleOrderEvents.CREATED, SaleOrderEvents.CONFIRMED, SaleOrderEvents.CANCELLED);
        SaleOrderEvents.SaleOrderCancelled cancelled = EventJson.data(events.get(2).envelope(), SaleOrderEvents.SaleOrderCancelled.class);
        assertThat(cancelled.stateFrom()).isEqualTo("SALE");
    }

    @Test
    void namesFollowSequence() {
        String first = QuotationApi.createOrderWithLine(TestUsers.AGENT1);
        String second = QuotationApi.createOrderWithLine(TestUsers.AGENT1);

        int firstNumber = orderNumber(first);
        int secondNumber = orderNumber(second);

        assertThat(secondNumber).isGreaterThan(firstNumber);
    }

    @Test
    void versionIncrementsOnEachChange() {
        String orderId = QuotationApi.createOrderWithLine(TestUsers.AGENT1);
        int created = as(TestUsers.AGENT1).get("/api/sale-orders/" + orderId).then().extract().path("version");

        int afterLine = as(TestUsers.AGENT1)
                .body(Map.of("description", "Floor mats", "priceUnit", "150"))
                .post("/api/sale-orders/" + orderId + "/lines")
                .then().statusCode(201)
                .extract().path("version");
        int afterConfirm = action(TestUsers.AGENT1, orderId, "confirm")
                .then().statusCode(200)
                .extract().path("version");

        assertThat(afterLine).isEqualTo(created + 1);
        assertThat(afterConfirm).isEqualTo(afterLine + 1);
    }

    @Test
    void staleIfMatchIs412() {
        String orderId = QuotationApi.createOrderWithLine(TestUsers.AGENT1);
        int version = as(TestUsers.AGENT1).get("/api/sale-orders/" + orderId).then().extract().path("version");

        as(TestUsers.AGENT1)
                .header("If-Match", "\"" + (version + 1) + "\"")
                .post("/api/sale-orders/" + orderId + "/confirm")
                .then().statusCode(412)
                .body("detail", containsString("version " + version));
        as(TestUsers.AGENT1)
                .header("If-Match", "\"" + version + "\"")
                .post("/api/sale-orders/" + orderId + "/confirm")
                .then().statusCode(200)
                .body("state", equalTo("SALE"));
    }

    private static int orderNumber(String orderId) {
        String name = as(TestUsers.AGENT1).get("/api/sale-orders/" + orderId).then().extract().path("name");
        return Integer.parseInt(name.substring(2));
    }
}
