package com.dealercrm.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dealercrm.testsupport.KafkaTestResource;
import com.dealercrm.testsupport.PostgresTestResource;
import com.dealercrm.testsupport.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The messages table refuses UPDATE, DELETE and TRUNCATE: for the role the service connects
 * as through revoked privileges, and for a superuser, who skips privilege checks, through the
 * triggers.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TestTokens.class)
class AppendOnlyTest {

    private String eventId;

    @BeforeEach
    void recordOneMessage() {
        LeadStory story = new LeadStory(Instant.parse("2030-08-01T08:00:00Z"));
        eventId = story.created(TestEvents.AGENT1).id();
        AuditApi.awaitTimeline(story.leadId, 1);
    }

    @Test
    void serviceRoleCannotUpdate() throws SQLException {
        try (Connection connection = asServiceRole()) {
            assertThatThrownBy(() -> execute(connection, "UPDATE audit_message SET body = 'Lead deleted.' WHERE event_id = '" + eventId + "'"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("permission denied for table audit_message");
        }
    }

    @Test
    void serviceRoleCannotDelete() throws SQLException {
        try (Connection connection = asServiceRole()) {
            assertThatThrownBy(() -> execute(connection, "DELETE FROM audit_message WHERE event_id = '" + eventId + "'"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("permission denied for table audit_message");
        }
    }

    @Test
    void serviceRoleCannotTruncate() throws SQLException {
        try (Connection connection = asServiceRole()) {
            assertThatThrownBy(() -> execute(connection, "TRUNCATE audit_message"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("permission denied for table audit_message");
        }
    }

    @Test
    void serviceRoleCanStillReadAndOwnsTable() throws SQLException {
        try (Connection connection = asServiceRole();
                Statement statement = connection.createStatement();
                ResultSet owner = statement.executeQuery("SELECT tableowner FROM pg_tables WHERE tablename = 'audit_message'")) {
            assertThat(owner.next()).isTrue();
            assertThat(owner.getString(1)).isEqualTo(PostgresTestResource.USER);
            assertThat(countMessages(connection)).isEqualTo(1);
        }
    }

    @Test
    void triggerRejectsUpdateBySuperuser() throws SQLException {
        try (Connection connection = asSuperuser()) {
            assertThatThrownBy(() -> execute(connection, "UPDATE audit_message SET body = 'Lead deleted.' WHERE event_id = '" + eventId + "'"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("audit_message is append-only: UPDATE is not allowed");
        }
    }

    @Test
    void triggerRejectsDeleteBySuperuser() throws SQLException {
        try (Connection connection = asSuperuser()) {
            assertThatThrownBy(() -> execute(connection, "DELETE FROM audit_message WHERE event_id = '" + eventId + "'"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("audit_message is append-only: DELETE is not allowed");
            assertThat(countMessages(connection)).isEqualTo(1);
        }
    }

    @Test
    void triggerRejectsTruncateBySuperuser() throws SQLException {
        try (Connection connection = asSuperuser()) {
            assertThatThrownBy(() -> execute(connection, "TRUNCATE audit_message"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("audit_message is append-only: TRUNCATE is not allowed");
        }
    }

    private long countMessages(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT count(*) FROM audit_message WHERE event_id = CAST(? AS uuid)")) {
            statement.setString(1, eventId);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static Connection asServiceRole() throws SQLException {
        return DriverManager.getConnection(PostgresTestResource.server().jdbcUrl(PostgresTestResource.DATABASE),
                PostgresTestResource.USER, PostgresTestResource.PASSWORD);
    }

    private static Connection asSuperuser() throws SQLException {
        return PostgresTestResource.server().dataSource(PostgresTestResource.DATABASE).getConnection();
    }
}
