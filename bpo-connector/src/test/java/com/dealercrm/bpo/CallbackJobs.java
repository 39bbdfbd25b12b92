package com.dealercrm.bpo;

import static io.restassured.RestAssured.given;

import com.dealercrm.testsupport.PostgresTestResource;
import com.dealercrm.testsupport.TestTokens;
import com.dealercrm.testsupport.TestUsers;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Reads callback jobs through the API and writes job rows as an earlier run would have left them. */
final class CallbackJobs {

    private CallbackJobs() {
    }

    static long newBpoLeadId() {
        return ThreadLocalRandom.current().nextLong(100_000, 1_000_000_000);
    }

    static String managerToken() {
        return TestTokens.tokenFor(TestUsers.MANAGER1);
    }

    /** Returns the jobs of a lead, newest first, as the API returns them to a manager. */
    static List<Map<String, Object>> ofLead(UUID leadId) {
        return given().auth().oauth2(managerToken())
                .queryParam("leadId", leadId.toString())
                .get("/api/bpo/callbacks")
                .then().statusCode(200)
                .extract().jsonPath().getList("items");
    }

    static Map<String, Object> onlyJobOf(UUID leadId) {
        List<Map<String, Object>> jobs = ofLead(leadId);
        if (jobs.size() != 1) {
            throw new AssertionError("Expected one job for lead " + leadId + " but found " + jobs.size() + ": " + jobs);
        }
        return jobs.get(0);
    }

    static boolean hasStatus(UUID leadId, String status) {
        List<Map<String, Object>> jobs = ofLead(leadId);
        return jobs.size() == 1 && status.equals(jobs.get(0).get("status"));
    }

    /** Returns one job with its attempt history. */
    static JsonPath detail(Object jobId) {
        return given().auth().oauth2(managerToken())
                .get("/api/bpo/callbacks/" + jobId)
                .then().statusCode(200)
                .extract().jsonPath();
    }

    /** A job row written straight to the database. */
    record Row(UUID id, UUID leadId, long bpoLeadId, String status, int attempts, Instant nextAttemptAt,
            UUID claimToken, Instant claimedUntil, String lastError) {

        static Row pending(long bpoLeadId, Instant nextAttemptAt) {
            return new Row(UUID.randomUUID(), UUID.randomUUID(), bpoLeadId, "PENDING", 0, nextAttemptAt, null, null, null);
        }

        Row withAttempts(int count, String error) {
            return new Row(id, leadId, bpoLeadId, status, count, nextAttemptAt, claimToken, claimedUntil, error);
        }

        Row claimedUntil(Instant until) {
            return new Row(id, leadId, bpoLeadId, status, attempts, nextAttemptAt, UUID.randomUUID(), until, lastError);
        }
    }

    static void insert(Row row) {
        String sql = "INSERT INTO bpo_callback_job (id, event_id, lead_id, lead_reference, bpo_lead_id, bpo_reference, outcome,"
                + " outcome_at, sale_order_name, status, attempts, attempt_limit, last_error, next_attempt_at, claim_token,"
                + " claimed_until, created_at, updated_at, completed_at)"
                + " VALUES (?, ?, ?, 'DLEAD/09999', ?, 'LEAD/09999', 'won', ?, 'SO09999', ?, ?, 8, ?, ?, ?, ?, ?, ?, ?)";
        Instant now = Instant.now();
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, row.id());
            statement.setObject(2, UUID.randomUUID());
            statement.setObject(3, row.leadId());
            statement.setLong(4, row.bpoLeadId());
            statement.setTimestamp(5, Timestamp.from(LeadEventsTopic.WON_AT));
            statement.setString(6, row.status());
            statement.setInt(7, row.attempts());
            statement.setString(8, row.lastError());
            statement.setTimestamp(9, row.nextAttemptAt() == null ? null : Timestamp.from(row.nextAttemptAt()));
            statement.setObject(10, row.claimToken());
            statement.setTimestamp(11, row.claimedUntil() == null ? null : Timestamp.from(row.claimedUntil()));
            statement.setTimestamp(12, Timestamp.from(now.minusSeconds(600)));
            statement.setTimestamp(13, Timestamp.from(now.minusSeconds(60)));
            statement.setTimestamp(14, "PENDING".equals(row.status()) ? null : Timestamp.from(now.minusSeconds(60)));
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Inserting callback job " + row.id() + " failed", e);
        }
    }

    /** Runs an update on the database, such as taking over a claim as another replica would. */
    static int execute(String sql, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Running " + sql + " failed", e);
        }
    }

    static Connection connect() throws SQLException {
        return DriverManager.getConnection(PostgresTestResource.server().jdbcUrl(PostgresTestResource.DATABASE),
                PostgresTestResource.USER, PostgresTestResource.PASSWORD);
    }
}
