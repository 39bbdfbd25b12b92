package com.dealercrm.lead;

import static com.dealercrm.lead.LeadApi.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.dealercrm.events.EventEnvelope;
import com.dealercrm.events.EventJson;
import com.dealercrm.events.FieldChange;
import com.dealercrm.events.LeadEvents;
import com.dealercrm.lead.fake.FakeQuotationService;
import com.dealercrm.lead.fake.FakeServer;
import com.dealercrm.lead.fake.OwnerServices;
import com.dealercrm.testsupport.KafkaTestResource;
import com.dealercrm.testsupport.PostgresTestResource;
import com.dealercrm.testsupport.TestTokens;
import com.dealercrm.testsupport.TestUsers;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Convert to Quotation against a fake quotation-service: the order it creates as the caller, the
 * link and its event, idempotency under repeats and races, each refusal, and an unavailable
 * quotation-service.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TestTokens.class)
@WithTestResource(OwnerServices.class)
class ConvertToQuotationTest {

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    @BeforeEach
    void resetOwners() {
        OwnerServices.reset();
        circuitBreakers.resetAll();
    }

    @Test
    void convertCreatesDraftOrderAsCaller() {
        Sales.Vehicle vehicle = Sales.newVehicle(true);
        Map<String, Object> body = Sales.leadBody(vehicle);
        body.put("quantity", 2);
        body.put("expectedPrice", 37500.5);
        String id = LeadApi.createLead(TestUsers.AGENT1, body);
        Map<String, Object> lead = as(TestUsers.AGENT1).get("/api/leads/" + id).then().extract().jsonPath().getMap("");
        String token = TestTokens.tokenFor(TestUsers.AGENT1);

        Response response = given().auth().oauth2(token).post("/api/leads/" + id + "/convert-to-quotation");

        response.then().statusCode(201)
                .contentType(ContentType.JSON)
                .body("saleOrderName", matchesPattern("SO\\d{5}"));
        UUID saleOrderId = UUID.fromString(response.path("saleOrderId"));
        String saleOrderName = response.path("saleOrderName");
        List<FakeQuotationService.SaleOrder> orders = OwnerServices.quotation().ordersWithKey(id);
        assertThat(orders).hasSize(1);
        FakeQuotationService.SaleOrder order = orders.get(0);
        assertThat(order.id).isEqualTo(saleOrderId);
        assertThat(order.createdBy).isEqualTo(TestUsers.AGENT1.id());
        assertThat(order.request.dealerLeadId()).isEqualTo(UUID.fromString(id));
        assertThat(order.request.dealerLeadReference()).isEqualTo(lead.get("reference"));
        assertThat(order.request.brandId()).isEqualTo(vehicle.brandId());
        @SuppressWarnings("unchecked")
        Map<String, Object> customer = (Map<String, Object>) lead.get("customer");
        assertThat(order.request.partner().partnerId()).isEqualTo(UUID.fromString((String) customer.get("partnerId")));
        assertThat(order.request.partner().name()).isEqualTo(customer.get("name"));
        assertThat(order.request.partner().mobile()).isEqualTo(customer.get("mobile"));
        assertThat(order.request.partner().email()).isEqualTo(customer.get("email"));
        assertThat(order.request.lines()).hasSize(1);
        assertThat(order.request.lines().get(0).productId()).isEqualTo(vehicle.productId());
        assertThat(order.request.lines().get(0).quantity()).isEqualByComparingTo("2");
        assertThat(order.request.lines().get(0).priceUnit()).isEqualByComparingTo("37500.50");
        assertThat(OwnerServices.quotation().requests()).extracting(FakeServer.Request::authorization).containsOnly("Bearer " + token);
        assertThat(OwnerServices.quotation().requests()).filteredOn(request -> request.method().equals("POST"))
                .extracting(FakeServer.Request::idempotencyKey).containsExactly(id);

        as(TestUsers.AGENT1).get("/api/leads/" + id).then().statusCode(200)
                .body("saleOrderId", equalTo(saleOrderId.toString()))
                .body("saleOrderName", equalTo(saleOrderName))
                .body("version", equalTo(1))
                .body("actions", hasItem("OPEN_QUOTATION"))
                .body("actions", not(hasItem("CONVERT_TO_QUOTATION")))
                .body("actions", not(hasItem("MARK_WON")));
        List<EventEnvelope> events = LeadEventLog.awaitEvents(id, 2);
        assertThat(events).extracting(EventEnvelope::type).containsExactly(LeadEvents.CREATED, LeadEvents.QUOTATION_LINKED);
        assertThat(events.get(1).actorid()).isEqualTo(TestUsers.AGENT1.id());
        LeadEvents.QuotationLinked linked = EventJson.data(events.get(1), LeadEvents.QuotationLinked.class);
        assertThat(linked.saleOrderId()).isEqualTo(saleOrderId.toString());
        assertThat(linked.saleOrderName()).isEqualTo(saleOrderName);
        assertThat(linked.changes()).containsExactly(
                new FieldChange("saleOrderId", null, saleOrderId.toString()),
                new FieldChange("saleOrderName", null, saleOrderName));
    }

    @Test
    void convertUsesListPriceWithoutExpectedPrice() {
        Sales.Vehicle vehicle = Sales.newVehicle(true);
        String id = Sales.negotiationLead(TestUsers.AGENT1, vehicle);

        Sales.convert(TestUsers.AGENT1, id);

        FakeQuotationService.LineRequest line = OwnerServices.quotation().ordersWithKey(id).get(0).request.lines().get(0);
        assertThat(line.quantity()).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(line.priceUnit()).isEqualByComparingTo(vehicle.product().listPrice());
    }

    @Test
    void managerConvertsUnassignedLead() {
        Sales.Vehicle vehicle = Sales.newVehicle(true);
        String id = LeadApi.createLead(TestUsers.MANAGER1, Sales.leadBody(vehicle));

        Sales.LinkedLead linked = Sales.convert(TestUsers.MANAGER1, id);

        assertThat(OwnerServices.quotation().order(linked.saleOrderId()).createdBy).isEqualTo(TestUsers.MANAGER1.id());
        as(TestUsers.MANAGER1).get("/api/leads/" + id).then().body("ownerId", nullValue());
    }

    @Test
    void secondConvertReturnsLink() {
        String id = Sales.negotiationLead(TestUsers.AGENT1, Sales.newVehicle(true));
        Sales.LinkedLead linked = Sales.convert(TestUsers.AGENT1, id);

        as(TestUsers.AGENT1).post("/api/leads/" + id + "/convert-to-quotation").then().statusCode(200)
                .body("saleOrderId", equalTo(linked.saleOrderId().toString()))
                .body("saleOrderName", equalTo(linked.saleOrderName()));

        assertThat(OwnerServices.quotation().ordersWithKey(id)).hasSize(1);
        assertThat(OwnerServices.quotation().requests()).filteredOn(request -> request.method().equals("POST")).hasSize(1);
        assertThat(linkEvents(id)).hasSize(1);
    }

    @Test
    void concurrentConvertsCreateOneOrder() throws Exception {
        String id = Sales.negotiationLead(TestUsers.AGENT1, Sales.newVehicle(true));

        List<Response> responses = Concurrently.times(4, () -> as(TestUsers.AGENT1).post("/api/leads/" + id + "/convert-to-quotation"));

        assertThat(responses).extracting(Response::statusCode).containsExactlyInAnyOrder(201, 200, 200, 200);
        List<FakeQuotationService.SaleOrder> orders = OwnerServices.quotation().ordersWithKey(id);
        assertThat(orders).hasSize(1);
        assertThat(responses).extracting(response -> response.<String>path("saleOrderId")).containsOnly(orders.get(0).id.toString());
        assertThat(linkEvents(id)).hasSize(1);
    }

    @Test
    void convertWithoutBrandIs422() {
        Map<String, Object> body = LeadApi.newLeadBody();
        String id = LeadApi.createLead(TestUsers.AGENT1, body);

        as(TestUsers.AGENT1).post("/api/leads/" + id + "/convert-to-quotation").then().statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("has no brand. Set the brand on the lead"));

        assertUnchanged(id);
        assertThat(OwnerServices.quotation().requests()).isEmpty();
    }

    @Test
    void convertWithoutProductIs422() {
        Map<String, Object> body = LeadApi.newLeadBody();
        body.put("brandId", Sales.newVehicle(true).brandId().toString());
        String id = LeadApi.createLead(TestUsers.AGENT1, body);

        as(TestUsers.AGENT1).post("/api/leads/" + id + "/convert-to-quotation").then().statusCode(422)
                .body("detail", containsString("Select a vehicle first"))
                .body("detail", containsString("only the free-text model 'Golf GTI'"));

        assertUnchanged(id);
        assertThat(OwnerServices.quotation().requests()).isEmpty();
    }

    @Test
    void productOutsideCatalogIs422() {
        Map<String, Object> body = LeadApi.newLeadBody();
        body.put("brandId", Sales.newVehicle(true).brandId().toString());
        body.put("productId", UUID.randomUUID().toString());
        String id = LeadApi.createLead(TestUsers.AGENT1, body);

        as(TestUsers.AGENT1).post("/api/leads/" + id + "/convert-to-quotation").then().statusCode(422)
                .body("detail", containsString("Select a vehicle first"))
                .body("detail", containsString("is not in the catalog"));

        assertUnchanged(id);
        assertThat(OwnerServices.quotation().requests()).extracting(FakeServer.Request::method).containsExactly("GET");
    }

    @Test
    void productOfOtherBrandIs422() {
        Map<String, Object> body = LeadApi.newLeadBody();
        body.put("brandId", Sales.newVehicle(true).brandId().toString());
        body.put("productId", Sales.newVehicle(true).productId().toString());
        String id = LeadApi.createLead(TestUsers.AGENT1, body);

        as(TestUsers.AGENT1).post("/api/leads/" + id + "/convert-to-quotation").then().statusCode(422)
                .body("detail", containsString("Select a vehicle first"))
                .body("detail", containsString("not to the lead's brand"));

        assertUnchanged(id);
        assertThat(OwnerServices.quotation().requests()).extracting(FakeServer.Request::method).containsExactly("GET");
    }

    @Test
    void closedLeadIs409() {
        String id = LeadApi.createLead(TestUsers.AGENT1, Sales.leadBody(Sales.newVehicle(true)));
        as(TestUsers.AGENT1).body(Map.of("reason", "NOT_READY_TO_BUY")).post("/api/leads/" + id + "/mark-lost").then().statusCode(200);

        as(TestUsers.AGENT1).post("/api/leads/" + id + "/convert-to-quotation").then().statusCode(409)
                .body("detail", containsString("is Lost, and a closed lead cannot be converted to a quotation."));

        as(TestUsers.AGENT1).get("/api/leads/" + id).then().body("saleOrderId", nullValue());
        assertThat(OwnerServices.quotation().requests()).isEmpty();
    }

    @Test
    void slowQuotationServiceIs503() {
        String id = LeadApi.createLead(TestUsers.AGENT1, Sales.leadBody(Sales.newVehicle(true)));
        OwnerServices.quotation().respondAfter(Duration.ofSeconds(3));

        as(TestUsers.AGENT1).post("/api/leads/" + id + "/convert-to-quotation").then().statusCode(503)
                .contentType("application/problem+json")
                .body("detail", containsString("quotation-service did not respond in time, so lead"))
                .body("detail", containsString("is unchanged"));

        assertUnchanged(id);
    }

    @Test
    void nextConvertCompletesLink() {
        String id = LeadApi.createLead(TestUsers.AGENT1, Sales.leadBody(Sales.newVehicle(true)));
        OwnerServices.quotation().respondAfter("POST", Duration.ofSeconds(3));
        as(TestUsers.AGENT1).post("/api/leads/" + id + "/convert-to-quotation").then().statusCode(503);
        List<FakeQuotationService.SaleOrder> createdWhileSlow = OwnerServices.quotation().ordersWithKey(id);
        assertThat(createdWhileSlow).hasSize(1);
        assertUnchanged(id);

        OwnerServices.quotation().respondAfter(Duration.ZERO);
        as(TestUsers.AGENT1).post("/api/leads/" + id + "/convert-to-quotation").then().statusCode(201)
                .body("saleOrderId", equalTo(createdWhileSlow.get(0).id.toString()));

        assertThat(OwnerServices.quotation().ordersWithKey(id)).hasSize(1);
    }

    @Test
    void unreachableQuotationServiceIs503() {
        String id = LeadApi.createLead(TestUsers.AGENT1, Sales.leadBody(Sales.newVehicle(true)));
        OwnerServices.quotation().stop();

        as(TestUsers.AGENT1).post("/api/leads/" + id + "/convert-to-quotation").then().statusCode(503)
                .body("detail", containsString("did not respond in time"));

        assertUnchanged(id);
    }

    @Test
    void otherUsersOrderKeyConflicts() {
        String id = LeadApi.createLead(TestUsers.AGENT1, Sales.leadBody(Sales.newVehicle(true)));
        OwnerServices.quotation().respondAfter("POST", Duration.ofSeconds(3));
        as(TestUsers.AGENT1).post("/api/leads/" + id + "/convert-to-quotation").then().statusCode(503);
        OwnerServices.quotation().respondAfter(Duration.ZERO);
        as(TestUsers.MANAGER1).body(Map.of("userId", TestUsers.AGENT2.id(), "userName", "agent2"))
                .post("/api/leads/" + id + "/assign").then().statusCode(200);

        as(TestUsers.AGENT2).post("/api/leads/" + id + "/convert-to-quotation").then().statusCode(409)
                .body("detail", containsString("quotation-service rejected the sale order of lead"))
                .body("detail", containsString("was already used for a sale order of another user"));

        as(TestUsers.AGENT2).get("/api/leads/" + id).then().body("saleOrderId", nullValue());
        as(TestUsers.MANAGER1).post("/api/leads/" + id + "/convert-to-quotation").then().statusCode(201)
                .body("saleOrderId", equalTo(OwnerServices.quotation().ordersWithKey(id).get(0).id.toString()));
    }

    @Test
    void createdEventCompletesLink() {
        String id = LeadApi.createLead(TestUsers.AGENT1, Sales.leadBody(Sales.newVehicle(true)));
        OwnerEvents.Order order = new OwnerEvents.Order(UUID.randomUUID(), "SO90001", id);

        OwnerEvents.awaitProcessed(OwnerEvents.saleOrderCreated(order, TestUsers.AGENT1, true));

        as(TestUsers.AGENT1).get("/api/leads/" + id).then().statusCode(200)
                .body("saleOrderId", equalTo(order.id().toString()))
                .body("saleOrderName", equalTo("SO90001"))
                .body("actions", not(hasItem("CONVERT_TO_QUOTATION")));
        List<EventEnvelope> events = LeadEventLog.awaitEvents(id, 2);
        assertThat(events.get(1).type()).isEqualTo(LeadEvents.QUOTATION_LINKED);
        assertThat(events.get(1).actorid()).isEqualTo(TestUsers.AGENT1.id());
        assertThat(events.get(1).actorname()).isEqualTo("agent1");
    }

    @Test
    void createdEventKeepsExistingLink() {
        String id = Sales.negotiationLead(TestUsers.AGENT1, Sales.newVehicle(true));
        Sales.LinkedLead linked = Sales.convert(TestUsers.AGENT1, id);
        OwnerEvents.Order otherOrder = new OwnerEvents.Order(UUID.randomUUID(), "SO90002", id);

        OwnerEvents.awaitProcessed(OwnerEvents.saleOrderCreated(otherOrder, TestUsers.AGENT1, true));

        as(TestUsers.AGENT1).get("/api/leads/" + id).then().statusCode(200)
                .body("saleOrderId", equalTo(linked.saleOrderId().toString()))
                .body("saleOrderName", equalTo(linked.saleOrderName()));
    }

    /** Returns the lead's QUOTATION_LINKED events, once a later change proves that every earlier event arrived. */
    private static List<EventEnvelope> linkEvents(String id) {
        as(TestUsers.AGENT1).body(Map.of("durationSeconds", 10, "result", "BUSY")).post("/api/leads/" + id + "/calls").then().statusCode(201);
        await().atMost(LeadEventLog.EVENTUALLY)
                .until(() -> LeadEventLog.events(id).stream().anyMatch(event -> event.type().equals(LeadEvents.CALL_LOGGED)));
        return LeadEventLog.events(id).stream().filter(event -> event.type().equals(LeadEvents.QUOTATION_LINKED)).toList();
    }

    private static void assertUnchanged(String id) {
        as(TestUsers.AGENT1).get("/api/leads/" + id).then().statusCode(200)
                .body("version", equalTo(0))
                .body("saleOrderId", nullValue())
                .body("saleOrderName", nullValue())
                .body("actions", hasItem("CONVERT_TO_QUOTATION"));
    }
}
