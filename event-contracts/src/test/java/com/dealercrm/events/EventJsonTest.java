package com.dealercrm.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.module.paramnames.ParameterNamesModule;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventJsonTest {

    @Test
    void envelopeRoundTripsAndIgnoresUnknownAttributes() {
        EventEnvelope envelope = EventEnvelope.of("/lead-service", LeadEvents.STAGE_CHANGED,
                new Aggregate(Aggregate.LEAD, "7d0c4c5e-0000-4000-8000-000000000001", "DLEAD/00001"),
                "7d0c4c5e-0000-4000-8000-000000000001", new Actor("u1", "agent1"), Instant.parse("2026-06-30T12:00:00Z"),
                EventJson.toTree(new LeadEvents.StageChanged("NEW", "QUALIFIED")));

        String json = EventJson.write(envelope).replace("{\"specversion\"", "{\"futureattribute\":\"x\",\"specversion\"");
        EventEnvelope read = EventJson.read(json);

        assertThat(read).isEqualTo(envelope);
        assertThat(EventJson.data(read, LeadEvents.StageChanged.class).to()).isEqualTo("QUALIFIED");
    }

    @Test
    void nonEventIsMalformed() {
        assertThatThrownBy(() -> EventJson.read("{\"hello\": 1}")).isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> EventJson.read("not json")).isInstanceOf(MalformedEventException.class);
    }

    @Test
    void fieldChangeIsWrittenWithNewKey() throws Exception {
        FieldChange change = new FieldChange("budget", "30000.00", null);
        ObjectMapper withParameterNames = new ObjectMapper().registerModule(new ParameterNamesModule());

        for (ObjectMapper mapper : List.of(EventJson.mapper(), withParameterNames)) {
            JsonNode json = mapper.valueToTree(change);
            assertThat(json.fieldNames()).toIterable().containsExactly("field", "old", "new");
            assertThat(json.get("old").asText()).isEqualTo("30000.00");
            assertThat(json.get("new").isNull()).isTrue();
            assertThat(mapper.treeToValue(json, FieldChange.class)).isEqualTo(change);
        }
    }
}
