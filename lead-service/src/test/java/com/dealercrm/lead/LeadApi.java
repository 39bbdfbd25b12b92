package com.dealercrm.lead;

import static io.restassured.RestAssured.given;

import com.dealercrm.testsupport.PostgresTestResource;
import com.dealercrm.testsupport.TestTokens;
import com.dealercrm.testsupport.TestUsers;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** Calls the lead API as the test users, with fresh customers and BPO lead ids for each test. */
final class LeadApi {

    private static final AtomicInteger MOBILE_SUFFIX = new AtomicInteger(ThreadLocalRandom.current().nextInt(1_000_000, 5_000_000));
    private static final AtomicLong BPO_LEAD_ID = new AtomicLong(ThreadLocalRandom.current().nextLong(1_000, 1_000_000_000));

    private LeadApi() {
    }

    /** Starts a JSON request with the user's bearer token. */
    static RequestSpecification as(TestUsers.User user) {
        return given().auth().oauth2(TestTokens.tokenFor(user)).contentType(ContentType.JSON);
    }

    /** Returns a dealer user no other test uses, so that its pipeline and calls contain only what the test made. */
    static TestUsers.User newAgent() {
        String id = UUID.randomUUID().toString();
        return new TestUsers.User(id, "agent-" + id.substring(0, 8), java.util.List.of("dealer-user"));
    }

    /** Returns a German mobile number no other test uses, written internationally: +49 170 xxxxxxx. */
    static String uniqueMobile() {
        return "+49 170 " + MOBILE_SUFFIX.getAndIncrement();
    }

    /** Returns the E.164 form of a number from {@link #uniqueMobile()}. */
    static String e164(String uniqueMobile) {
        return uniqueMobile.replace(" ", "");
    }

    static String uniqueName(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    static long uniqueBpoLeadId() {
        return BPO_LEAD_ID.getAndIncrement();
    }

    static Map<String, Object> customer(String name, String mobile, String email) {
        Map<String, Object> customer = new LinkedHashMap<>();
        customer.put("name", name);
        customer.put("mobile", mobile);
        customer.put("email", email);
        return customer;
    }

    /** Returns a manual lead body for a new customer with a unique mobile and email. */
    static Map<String, Object> newLeadBody() {
        String name = uniqueName("Customer");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("customer", customer(name, uniqueMobile(), name.replace(" ", ".").toLowerCase() + "@example.com"));
        body.put("vehicleModelText", "Golf GTI");
        body.put("budget", 30000);
        return body;
    }

    /** Creates a manual lead as the user and returns its id. */
    static String createLead(TestUsers.User user) {
        return createLead(user, newLeadBody());
    }

    static String createLead(TestUsers.User user, Map<String, Object> body) {
        return as(user).body(body).post("/api/leads").then().statusCode(201).extract().path("id");
    }

    /** Returns an endorsement body for a new customer. */
    static Map<String, Object> endorsementBody(long bpoLeadId) {
        String name = uniqueName("Endorsed");
        return endorsementBody(bpoLeadId, customer(name, uniqueMobile(), null));
    }

    static Map<String, Object> endorsementBody(long bpoLeadId, Map<String, Object> customer) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("bpoLeadId", bpoLeadId);
        body.put("bpoReference", "LEAD/" + bpoLeadId);
        body.put("bpoUrl", "https://bpo.example.com/odoo/crm/" + bpoLeadId);
        body.put("endorsedBy", "BPO Agent");
        body.put("customer", customer);
        body.put("vehicleModelText", "Tiguan");
        body.put("quantity", 1);
        body.put("expectedPrice", 41000.5);
        body.put("notes", "Wants a test drive");
        return body;
    }

    /** Endorses a new BPO lead and returns the id of the unassigned lead it creates. */
    static String endorseNewLead() {
        return as(TestUsers.BPO_CRM).body(endorsementBody(uniqueBpoLeadId())).post("/api/endorsements")
                .then().statusCode(201).extract().path("id");
    }

    static void moveTo(TestUsers.User user, String leadId, String stage) {
        as(user).body(Map.of("stage", stage)).post("/api/leads/" + leadId + "/stage").then().statusCode(200);
    }

    /**
     * Links a sale order that no fake service stores to the lead, directly in the database, for tests of
     * rules that only look at the link.
     */
    static void linkSaleOrder(String leadId, String saleOrderName) throws SQLException {
        String sql = "UPDATE lead SET sale_order_id = ?::uuid, sale_order_name = ? WHERE id = ?::uuid";
        try (Connection connection = PostgresTestResource.server().dataSource(PostgresTestResource.DATABASE).getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, UUID.randomUUID().toString());
            statement.setString(2, saleOrderName);
            statement.setString(3, leadId);
            statement.executeUpdate();
        }
    }

    /** Returns the single number the query selects, such as a count. */
    static long count(String sql, String parameter) throws SQLException {
        try (Connection connection = PostgresTestResource.server().dataSource(PostgresTestResource.DATABASE).getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
