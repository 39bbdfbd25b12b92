package com.dealercrm.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealercrm.testsupport.KafkaTestResource;
import com.dealercrm.testsupport.PostgresTestResource;
import com.dealercrm.testsupport.TestTokens;
import com.dealercrm.testsupport.TestUsers;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The hash chain finds messages changed or removed behind the service's back, here by the
 * postgres superuser with the append-only trigger disabled. Each test restores what it broke.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TestTokens.class)
class IntegrityTest {

    private static final String DISABLE = "ALTER TABLE audit_message DISABLE TRIGGER audit_message_append_only";
    private static final String ENABLE = "ALTER TABLE audit_message ENABLE TRIGGER audit_message_append_only";

    @Test
    void untouchedChainVerifies() {
        LeadStory story = recordedStory("2030-09-01T08:00:00Z");

        JsonPath report = integrity();

        assertThat(report.getBoolean("verified")).isTrue();
        assertThat(report.getLong("messages")).isGreaterThanOrEqualTo(3);
        assertThat(report.getLong("lastSequenceNumber")).isEqualTo(report.getLong("messages"));
        assertThat(report.getString("lastHash")).matches("[0-9a-f]{64}");
        assertThat(report.getString("firstBrokenLink")).isNull();
        assertThat(story.leadId).isNotBlank();
    }

    @Test
    void editedBodyBreaksChain() throws SQLException {
        LeadStory story = recordedStory("2030-09-02T08:00:00Z");
        Stored victim = stored(story, "dealer.lead.stage-changed");

        try {
            tamper("UPDATE audit_message SET body = 'Stage changed from New to Lost.' WHERE sequence_number = " + victim.sequenceNumber());

            JsonPath report = integrity();

            assertThat(report.getBoolean("verified")).isFalse();
            assertThat(report.getLong("firstBrokenLink.sequenceNumber")).isEqualTo(victim.sequenceNumber());
            assertThat(report.getString("firstBrokenLink.eventId")).isEqualTo(victim.eventId());
            assertThat(report.getString("firstBrokenLink.problem")).contains("does not match its hash");
            assertThat(report.getLong("messages")).isEqualTo(victim.sequenceNumber() - 1);
        } finally {
            tamper("UPDATE audit_message SET body = '" + victim.body().replace("'", "''") + "' WHERE sequence_number = " + victim.sequenceNumber());
        }
        assertThat(integrity().getBoolean("verified")).isTrue();
    }

    @Test
    void editedChangesBreakChain() throws SQLException {
        LeadStory story = recordedStory("2030-09-03T08:00:00Z");
        Stored victim = stored(story, "dealer.lead.stage-changed");

        try {
            tamper("UPDATE audit_message SET changes = '[]' WHERE sequence_number = " + victim.sequenceNumber());

            JsonPath report = integrity();

            assertThat(report.getBoolean("verified")).isFalse();
            assertThat(report.getLong("firstBrokenLink.sequenceNumber")).isEqualTo(victim.sequenceNumber());
        } finally {
            tamper("UPDATE audit_message SET changes = '" + victim.changes().replace("'", "''") + "' WHERE sequence_number = " + victim.sequenceNumber());
        }
        assertThat(integrity().getBoolean("verified")).isTrue();
    }

    @Test
    void rehashedEditBreaksNextLink() throws SQLException {
        LeadStory story = recordedStory("2030-09-04T08:00:00Z");
        Stored victim = stored(story, "dealer.lead.created");
        String forgedHash = "f".repeat(64);

        try {
            tamper("UPDATE audit_message SET hash = '" + forgedHash + "' WHERE sequence_number = " + victim.sequenceNumber());

            JsonPath report = integrity();

            assertThat(report.getBoolean("verified")).isFalse();
            assertThat(report.getLong("firstBrokenLink.sequenceNumber")).isEqualTo(victim.sequenceNumber());
        } finally {
            tamper("UPDATE audit_message SET hash = '" + victim.hash() + "' WHERE sequence_number = " + victim.sequenceNumber());
        }
        assertThat(integrity().getBoolean("verified")).isTrue();
    }

    @Test
    void removedMessageBreaksChain() throws SQLException {
        LeadStory story = recordedStory("2030-09-05T08:00:00Z");
        Stored victim = stored(story, "dealer.lead.stage-changed");

        try (Connection connection = superuser(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TEMP TABLE removed AS SELECT * FROM audit_message WHERE sequence_number = " + victim.sequenceNumber());
            statement.execute(DISABLE);
            try {
                statement.execute("DELETE FROM audit_message WHERE sequence_number = " + victim.sequenceNumber());

                JsonPath report = integrity();

                assertThat(report.getBoolean("verified")).isFalse();
                assertThat(report.getLong("firstBrokenLink.sequenceNumber")).isEqualTo(victim.sequenceNumber() + 1);
                assertThat(report.getString("firstBrokenLink.problem")).contains("Message " + victim.sequenceNumber() + " is missing");
            } finally {
                statement.execute("INSERT INTO audit_message SELECT * FROM removed");
                statement.execute(ENABLE);
            }
        }
        assertThat(integrity().getBoolean("verified")).isTrue();
    }

    /** Records a lead with three messages and waits until all three are stored. */
    private static LeadStory recordedStory(String start) {
        LeadStory story = new LeadStory(Instant.parse(start));
        story.created(TestEvents.AGENT1);
        story.stageChanged("QUALIFIED", TestEvents.AGENT1);
        story.stageChanged("NEGOTIATION", TestEvents.AGENT1);
        AuditApi.awaitTimeline(story.leadId, 3);
        return story;
    }

    private static JsonPath integrity() {
        return AuditApi.as(TestUsers.ADMIN1).get("/api/audit/integrity").then().statusCode(200).extract().jsonPath();
    }

    private static Stored stored(LeadStory story, String type) throws SQLException {
        String sql = "SELECT sequence_number, event_id, body, changes, hash FROM audit_message "
                + "WHERE lead_id = ? AND event_type = ? ORDER BY sequence_number LIMIT 1";
        try (Connection connection = superuser(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, story.leadId);
            statement.setString(2, type);
            try (ResultSet result = statement.executeQuery()) {
                assertThat(result.next()).as("a stored %s message of lead %s", type, story.leadId).isTrue();
                return new Stored(result.getLong(1), result.getString(2), result.getString(3), result.getString(4), result.getString(5));
            }
        }
    }

    /** Runs an UPDATE as the superuser with the append-only trigger disabled for just that statement. */
    private static void tamper(String update) throws SQLException {
        try (Connection connection = superuser(); Statement statement = connection.createStatement()) {
            statement.execute(DISABLE);
            try {
                assertThat(statement.executeUpdate(update)).isEqualTo(1);
            } finally {
                statement.execute(ENABLE);
            }
        }
    }

    private static Connection superuser() throws SQLException {
        return PostgresTestResource.server().dataSource(PostgresTestResource.DATABASE).getConnection();
    }

    private record Stored(long sequenceNumber, String eventId, String body, String changes, String hash) {
    }
}
