package com.dealercrm.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.dealercrm.testsupport.KafkaTestResource;
import com.dealercrm.testsupport.PostgresTestResource;
import com.dealercrm.testsupport.TestTokens;
import com.dealercrm.testsupport.TestUsers;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CSV exports of the reports parse back, by an RFC 4180 parser, to the stored text. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TestTokens.class)
class ReportCsvTest {

    private static final String FORMULA_NOTE = "=HYPERLINK(\"http://127.0.0.1/claim\",\"Claim your refund\"), said \"call me\"\nsecond line";
    private static final String PLAIN_NOTE = "Customer said \"too expensive\", asked for 5% off\nthen left";

    @Test
    void lostLeadsRoundTrip() throws IOException {
        LeadStory formula = lostOn("2032-05-02T10:00:00Z", "OTHER", FORMULA_NOTE);
        LeadStory plain = lostOn("2032-05-03T10:00:00Z", "PRICE_TOO_HIGH", PLAIN_NOTE);
        LeadStory minus = lostOn("2032-05-04T10:00:00Z", "OTHER", "-5% was not enough");
        AuditApi.awaitTimeline(minus.leadId, 2);

        List<List<String>> rows = await().atMost(Duration.ofSeconds(60))
                .until(() -> parse(csv("/api/audit/reports/lost-leads?from=2032-05-01&to=2032-05-31").asString()), table -> table.size() == 4);

        assertThat(rows.get(0)).containsExactly("leadId", "reference", "dateLost", "stageFrom", "reason", "label", "notes", "ownerName", "endorsed");
        assertThat(rows.get(1)).containsExactly(formula.leadId, formula.reference, "2032-05-02T10:00:00Z", "NEW", "OTHER", "Other",
                "'" + FORMULA_NOTE, "agent1", "false");
        assertThat(rows.get(2)).containsExactly(plain.leadId, plain.reference, "2032-05-03T10:00:00Z", "NEW", "PRICE_TOO_HIGH",
                "Price Too High", PLAIN_NOTE, "agent1", "false");
        assertThat(rows.get(3).get(6)).isEqualTo("'-5% was not enough");
    }

    @Test
    void exportIsRfc4180() {
        lostOn("2032-06-02T10:00:00Z", "OTHER", PLAIN_NOTE);

        Response response = await().atMost(Duration.ofSeconds(60))
                .until(() -> csv("/api/audit/reports/lost-leads?from=2032-06-01&to=2032-06-30"), csv -> csv.asString().contains("then left"));

        assertThat(response.contentType()).startsWith("text/csv");
        assertThat(response.header("Content-Disposition")).isEqualTo("attachment; filename=\"lost-leads.csv\"");
        String body = response.asString();
        assertThat(body).startsWith("leadId,reference,dateLost,stageFrom,reason,label,notes,ownerName,endorsed\r\n");
        assertThat(body).contains("\"Customer said \"\"too expensive\"\", asked for 5% off\nthen left\"");
        assertThat(body).endsWith("\r\n");
    }

    @Test
    void lostReasonsCsvMatchesJson() throws IOException {
        lostOn("2032-07-02T10:00:00Z", "BUYER_CANCELLED", null);
        lostOn("2032-07-03T10:00:00Z", "BUYER_CANCELLED", null);
        lostOn("2032-07-04T10:00:00Z", "NOT_READY_TO_BUY", null);

        List<List<String>> rows = await().atMost(Duration.ofSeconds(60))
                .until(() -> parse(csv("/api/audit/reports/lost-reasons?from=2032-07-01&to=2032-07-31").asString()), table -> table.size() == 3);

        assertThat(rows).containsExactly(
                List.of("reason", "label", "count"),
                List.of("BUYER_CANCELLED", "Buyer Cancelled", "2"),
                List.of("NOT_READY_TO_BUY", "Not Ready to Buy", "1"));
    }

    @Test
    void bpoSyncCsvNeutralisesError() throws IOException {
        LeadStory story = new LeadStory(Instant.parse("2032-08-01T08:00:00Z"));
        story.endorsed("Maria Santos");
        story.won(TestEvents.AGENT1, story.nextTime(), true);
        String error = "@SUM(1+1) from BPO, \"quoted\"";
        story.callbackFailed("won", 4, error);
        AuditApi.awaitTimeline(story.leadId, 3);

        List<List<String>> rows = await().atMost(Duration.ofSeconds(60))
                .until(() -> parse(csv("/api/audit/reports/bpo-sync").asString()),
                        table -> table.stream().anyMatch(row -> row.get(0).equals(story.leadId) && row.get(6).equals("FAILED")));

        assertThat(rows.get(0)).containsExactly("leadId", "reference", "outcome", "outcomeDate", "bpoSourceLeadId", "bpoSourceReference",
                "callbackStatus", "callbackOutcome", "attempts", "lastError", "lastAttemptAt");
        List<String> row = rows.stream().filter(candidate -> candidate.get(0).equals(story.leadId)).findFirst().orElseThrow();
        assertThat(row.get(1)).isEqualTo(story.reference);
        assertThat(row.get(4)).isEqualTo(String.valueOf(story.bpoLeadId));
        assertThat(row.get(8)).isEqualTo("4");
        assertThat(row.get(9)).isEqualTo("'" + error);
    }

    private static LeadStory lostOn(String dateLost, String reason, String notes) {
        LeadStory story = new LeadStory(Instant.parse("2032-01-01T08:00:00Z"));
        story.created(TestEvents.AGENT1);
        story.lost(TestEvents.AGENT1, Instant.parse(dateLost), reason, notes, false);
        return story;
    }

    private static Response csv(String path) {
        return AuditApi.as(TestUsers.MANAGER1).accept("text/csv").get(path).then().statusCode(200).extract().response();
    }

    /** Parses CSV with jackson-dataformat-csv, an RFC 4180 parser, into rows of cells. */
    private static List<List<String>> parse(String csv) throws IOException {
        CsvMapper mapper = new CsvMapper();
        try (MappingIterator<List<String>> rows = mapper.readerForListOf(String.class)
                .with(CsvParser.Feature.WRAP_AS_ARRAY)
                .with(CsvSchema.emptySchema())
                .readValues(csv)) {
            return rows.readAll();
        }
    }
}
