package com.dealercrm.lead;

import static com.dealercrm.lead.LeadApi.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.dealercrm.events.EventEnvelope;
import com.dealercrm.events.EventJson;
import com.dealercrm.events.FieldChange;
import com.dealercrm.events.LeadEvents;
import com.dealercrm.lead.fake.OwnerServices;
import com.dealercrm.testsupport.KafkaTestResource;
import com.dealercrm.testsupport.PostgresTestResource;
import com.dealercrm.testsupport.TestTokens;
import com.dealercrm.testsupport.TestUsers;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tracked edits through PATCH, with If-Match optimistic locking. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TestTokens.class)
@WithTestResource(OwnerServices.class)
class LeadEditTest {

    private static final String BRAND = "0b6d6c1e-3f0a-4a57-9a51-5b0d8f0e0001";
    private static final String PRODUCT = "0b6d6c1e-3f0a-4a57-9a51-5b0d8f0e0002";

    @Test
    void everyTrackedFieldChanges() {
        String id = LeadApi.createLead(TestUsers.AGENT1);
        String name = LeadApi.uniqueName("Renamed");
        String mobile = LeadApi.uniqueMobile();
        Map<String, Object> patch = new LinkedHashMap<>();
        patch.put("customer", LeadApi.customer(name, mobile, "Renamed@Example.com"));
        patch.put("brandId", BRAND);
        patch.put("productId", PRODUCT);
        patch.put("vehicleModelText", "Passat Variant");
        patch.put("quantity", 2);
        patch.put("expectedPrice", 35999.9);
        patch.put("budget", 40000);
        patch.put("tradeIn", "2015 Polo, 120000 km");
        patch.put("financing", "Bank loan, 48 months");
        patch.put("notes", "Call after 5 pm");

        as(TestUsers.AGENT1).header("If-Match", "\"0\"").body(patch).patch("/api/leads/" + id)
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("version", equalTo(1))
                .body("customer.name", equalTo(name))
                .body("customer.mobile", equalTo(LeadApi.e164(mobile)))
                .body("customer.email", equalTo("Renamed@Example.com"))
                .body("brandId", equalTo(BRAND))
                .body("productId", equalTo(PRODUCT))
                .body("vehicleModelText", equalTo("Passat Variant"))
                .body("quantity", equalTo(2))
                .body("expectedPrice", equalTo(35999.90f))
                .body("budget", equalTo(40000.00f))
                .body("tradeIn", equalTo("2015 Polo, 120000 km"))
                .body("financing", equalTo("Bank loan, 48 months"))
                .body("notes", equalTo("Call after 5 pm"));

        List<EventEnvelope> events = LeadEventLog.awaitEvents(id, 2);
        assertThat(events).extracting(EventEnvelope::type).containsExactly(LeadEvents.CREATED, LeadEvents.UPDATED);
        List<FieldChange> changes = EventJson.data(events.get(1), LeadEvents.LeadUpdated.class).changes();
        assertThat(changes).extracting(FieldChange::field).containsExactlyInAnyOrder(
                "customer.name", "customer.mobile", "customer.email", "customer.partnerId", "brandId", "productId",
                "vehicleModelText", "quantity", "expectedPrice", "budget", "tradeIn", "financing", "notes");
        assertThat(changes).contains(
                new FieldChange("quantity", "1", "2"),
                new FieldChange("expectedPrice", null, "35999.90"),
                new FieldChange("budget", "30000.00", "40000.00"),
                new FieldChange("vehicleModelText", "Golf GTI", "Passat Variant"),
                new FieldChange("notes", null, "Call after 5 pm"),
                new FieldChange("customer.mobile", events.get(0).data().at("/lead/customer/mobile").asText(), LeadApi.e164(mobile)));
    }

    @Test
    void nullClearsField() {
        String id = LeadApi.createLead(TestUsers.AGENT1);
        Map<String, Object> clear = new LinkedHashMap<>();
        clear.put("budget", null);
        clear.put("vehicleModelText", null);

        as(TestUsers.AGENT1).body(clear).patch("/api/leads/" + id).then().statusCode(200)
                .body("budget", equalTo(null))
                .body("vehicleModelText", equalTo(null))
                .body("customer.name", equalTo(as(TestUsers.AGENT1).get("/api/leads/" + id).path("customer.name")));

        List<EventEnvelope> events = LeadEventLog.awaitEvents(id, 2);
        assertThat(EventJson.data(events.get(1), LeadEvents.LeadUpdated.class).changes()).containsExactlyInAnyOrder(
                new FieldChange("budget", "30000.00", null),
                new FieldChange("vehicleModelText", "Golf GTI", null));
        assertThat(events.get(1).data().at("/changes/0").fieldNames()).toIterable().containsExactlyInAnyOrder("field", "old", "new");
    }

    @Test
    void unchangedValuesRecordNothing() {
        String id = LeadApi.createLead(TestUsers.AGENT1);

        as(TestUsers.AGENT1).body(Map.of("budget", 30000.00, "vehicleModelText", " Golf GTI ")).patch("/api/leads/" + id)
                .then().statusCode(200)
                .body("version", equalTo(0));
        as(TestUsers.AGENT1).body(Map.of()).patch("/api/leads/" + id).then().statusCode(200).body("version", equalTo(0));

        as(TestUsers.AGENT1).post("/api/leads/" + id + "/archive").then().statusCode(200);
        assertThat(LeadEventLog.awaitEvents(id, 2)).extracting(EventEnvelope::type)
                .containsExactly(LeadEvents.CREATED, LeadEvents.ARCHIVED);
    }

    @Test
    void staleIfMatchIs412() {
        String id = LeadApi.createLead(TestUsers.AGENT1);
        as(TestUsers.AGENT1).header("If-Match", "\"0\"").body(Map.of("notes", "first")).patch("/api/leads/" + id)
                .then().statusCode(200);

        as(TestUsers.AGENT1).header("If-Match", "\"0\"").body(Map.of("notes", "second")).patch("/api/leads/" + id)
                .then().statusCode(412)
                .contentType("application/problem+json")
                .body("detail", containsString("is now at version 1, not \"0\"; reload it and apply your change again."));

        as(TestUsers.AGENT1).get("/api/leads/" + id).then().statusCode(200)
                .body("notes", equalTo("first"))
                .body("version", equalTo(1));
    }

    @Test
    void ifMatchFormsAccepted() {
        String id = LeadApi.createLead(TestUsers.AGENT1);

        as(TestUsers.AGENT1).header("If-Match", "*").body(Map.of("notes", "a")).patch("/api/leads/" + id).then().statusCode(200);
        as(TestUsers.AGENT1).header("If-Match", "W/\"1\"").body(Map.of("notes", "b")).patch("/api/leads/" + id).then().statusCode(200);
        as(TestUsers.AGENT1).header("If-Match", "\"0\", \"2\"").body(Map.of("notes", "c")).patch("/api/leads/" + id).then().statusCode(200);
        as(TestUsers.AGENT1).header("If-Match", "3").body(Map.of("notes", "d")).patch("/api/leads/" + id)
                .then().statusCode(200)
                .body("notes", equalTo("d"))
                .body("version", equalTo(4));
    }

    @Test
    void malformedIfMatchIs400() {
        String id = LeadApi.createLead(TestUsers.AGENT1);

        as(TestUsers.AGENT1).header("If-Match", "\"abc\"").body(Map.of("notes", "x")).patch("/api/leads/" + id)
                .then().statusCode(400)
                .body("errors.field", hasItem("If-Match"));
        as(TestUsers.AGENT1).get("/api/leads/" + id).then().body("notes", equalTo(null));
    }

    @Test
    void concurrentEditsOfOneVersionGiveOneWinner() throws Exception {
        String id = LeadApi.createLead(TestUsers.AGENT1);

        List<Response> responses = Concurrently.run(List.of(
                () -> as(TestUsers.AGENT1).header("If-Match", "\"0\"").body(Map.of("notes", "agent")).patch("/api/leads/" + id),
                () -> as(TestUsers.MANAGER1).header("If-Match", "\"0\"").body(Map.of("notes", "manager")).patch("/api/leads/" + id)));

        assertThat(responses).extracting(Response::statusCode).containsExactlyInAnyOrder(200, 412);
        String winner = responses.stream().filter(response -> response.statusCode() == 200).findFirst().orElseThrow().path("notes");
        as(TestUsers.AGENT1).get("/api/leads/" + id).then().body("notes", equalTo(winner)).body("version", equalTo(1));
    }

    @Test
    void newMobileRematchesPartner() {
        Map<String, Object> firstBody = LeadApi.newLeadBody();
        String first = LeadApi.createLead(TestUsers.AGENT1, firstBody);
        String second = LeadApi.createLead(TestUsers.AGENT1);
        String firstPartner = as(TestUsers.AGENT1).get("/api/leads/" + first).path("customer.partnerId");
        String secondPartner = as(TestUsers.AGENT1).get("/api/leads/" + second).path("customer.partnerId");
        String firstMobile = (String) ((Map<?, ?>) firstBody.get("customer")).get("mobile");

        as(TestUsers.AGENT1).body(Map.of("customer", Map.of("mobile", firstMobile))).patch("/api/leads/" + second)
                .then().statusCode(200)
                .body("customer.partnerId", equalTo(firstPartner));

        List<EventEnvelope> events = LeadEventLog.awaitEvents(second, 2);
        assertThat(EventJson.data(events.get(1), LeadEvents.LeadUpdated.class).changes())
                .contains(new FieldChange("customer.partnerId", secondPartner, firstPartner));
    }
}
