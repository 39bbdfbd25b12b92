package com.dealercrm.audit.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dealercrm.events.Actor;
import com.dealercrm.events.Aggregate;
import com.dealercrm.events.BpoCallbackEvents;
import com.dealercrm.events.EventEnvelope;
import com.dealercrm.events.EventJson;
import com.dealercrm.events.FieldChange;
import com.dealercrm.events.LeadEvents;
import com.dealercrm.events.MalformedEventException;
import com.dealercrm.events.PickingEvents;
import com.dealercrm.events.SaleOrderEvents;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageComposerTest {

    private static final String LEAD_ID = "6a0b7c1e-0000-4000-8000-000000000042";
    private static final String ORDER_ID = "6a0b7c1e-0000-4000-8000-000000000003";
    private static final Actor AGENT = new Actor("user-1", "agent1");
    private static final Aggregate LEAD = new Aggregate(Aggregate.LEAD, LEAD_ID, "DLEAD/00042");
    private static final Instant TIME = Instant.parse("2026-05-04T10:15:30Z");

    @Test
    void endorsementNamesSourceAndUrl() {
        var snapshot = new LeadEvents.LeadSnapshot("DLEAD/00042", "NEGOTIATION", null, null, null, null, null, null, 1, null, null);
        var data = new LeadEvents.LeadEndorsed(snapshot, 1234, "LEAD/01234", "http://127.0.0.1:8069/odoo/crm/1234", "Maria Santos");

        MessageDraft draft = compose(LeadEvents.ENDORSED, LEAD, data);

        assertThat(draft.body()).isEqualTo("Lead endorsed from BPO CRM by Maria Santos (source LEAD/01234, http://127.0.0.1:8069/odoo/crm/1234).");
        assertThat(draft.leadId()).isEqualTo(LEAD_ID);
        assertThat(draft.changes()).contains(new FieldChange("stage", null, "NEGOTIATION"));
    }

    @Test
    void stageChangeUsesStageNames() {
        MessageDraft draft = compose(LeadEvents.STAGE_CHANGED, LEAD, new LeadEvents.StageChanged("QUALIFIED", "NEGOTIATION"));

        assertThat(draft.body()).isEqualTo("Stage changed from Qualified to Negotiation.");
        assertThat(draft.changes()).containsExactly(new FieldChange("stage", "QUALIFIED", "NEGOTIATION"));
    }

    @Test
    void assignmentSentences() {
        assertThat(compose(LeadEvents.ASSIGNED, LEAD, new LeadEvents.LeadAssigned(null, null, "u1", "agent1", true)).body())
                .isEqualTo("Lead claimed by agent1.");
        assertThat(compose(LeadEvents.ASSIGNED, LEAD, new LeadEvents.LeadAssigned(null, null, "u2", "agent2", false)).body())
                .isEqualTo("Lead assigned to agent2.");
        assertThat(compose(LeadEvents.ASSIGNED, LEAD, new LeadEvents.LeadAssigned("u1", "agent1", "u2", "agent2", false)).body())
                .isEqualTo("Lead reassigned from agent1 to agent2.");
        assertThat(compose(LeadEvents.ASSIGNED, LEAD, new LeadEvents.LeadAssigned("u1", "agent1", null, null, false)).body())
                .isEqualTo("Lead unassigned from agent1.");
    }

    @Test
    void editListsFieldsInWords() {
        var data = new LeadEvents.LeadUpdated(List.of(
                new FieldChange("customer.mobile", "1", "2"),
                new FieldChange("expectedPrice", "1.00", "2.00"),
                new FieldChange("tradeIn", null, "Sedan 2015")));

        MessageDraft draft = compose(LeadEvents.UPDATED, LEAD, data);

        assertThat(draft.body()).isEqualTo("Edited customer mobile, expected price and trade in.");
        assertThat(draft.changes()).hasSize(3);
    }

    @Test
    void quotationLinkSentence() {
        var data = new LeadEvents.QuotationLinked(ORDER_ID, "SO00003", List.of());

        MessageDraft draft = compose(LeadEvents.QUOTATION_LINKED, LEAD, data);

        assertThat(draft.body()).isEqualTo("Quotation SO00003 created from this lead.");
        assertThat(draft.saleOrderId()).isEqualTo(ORDER_ID);
        assertThat(draft.changes()).contains(new FieldChange("saleOrderId", null, ORDER_ID));
    }

    @Test
    void markWonIsStageChange() {
        var data = new LeadEvents.LeadWon("NEGOTIATION", TIME, ORDER_ID, "SO00003", 1234L, "LEAD/01234");

        MessageDraft draft = compose(LeadEvents.WON, LEAD, data);

        assertThat(draft.body()).isEqualTo("Stage changed from Negotiation to Won.");
        assertThat(draft.changes()).contains(new FieldChange("dateWon", null, TIME.toString()));
    }

    @Test
    void markLostWithAndWithoutNotes() {
        var withNotes = new LeadEvents.LeadLost("QUALIFIED", TIME, "PRICE_TOO_HIGH", "Found it cheaper", null, null, null, null);
        var withoutNotes = new LeadEvents.LeadLost("NEW", TIME, "NOT_READY_TO_BUY", " ", null, null, null, null);

        assertThat(compose(LeadEvents.LOST, LEAD, withNotes).body())
                .isEqualTo("Stage changed from Qualified to Lost, reason: Price Too High, notes: Found it cheaper.");
        assertThat(compose(LeadEvents.LOST, LEAD, withoutNotes).body())
                .isEqualTo("Stage changed from New to Lost, reason: Not Ready to Buy.");
    }

    @Test
    void callLogSentence() {
        assertThat(compose(LeadEvents.CALL_LOGGED, LEAD, new LeadEvents.CallLogged("c1", 45, "NO_ANSWER", null)).body())
                .isEqualTo("Call logged (No answer, 45 s).");
        assertThat(compose(LeadEvents.CALL_LOGGED, LEAD, new LeadEvents.CallLogged("c1", 120, "ANSWERED", "Will visit Friday!")).body())
                .isEqualTo("Call logged (Answered, 2 min): Will visit Friday!");
    }

    @Test
    void archiveAndDelete() {
        assertThat(compose(LeadEvents.ARCHIVED, LEAD, new LeadEvents.ActiveChanged(false)).body()).isEqualTo("Lead archived.");
        assertThat(compose(LeadEvents.UNARCHIVED, LEAD, new LeadEvents.ActiveChanged(true)).body()).isEqualTo("Lead unarchived.");
        assertThat(compose(LeadEvents.DELETED, LEAD, new LeadEvents.LeadDeleted("DLEAD/00042")).body()).isEqualTo("Lead DLEAD/00042 deleted.");
    }

    @Test
    void orderCancellationAndLock() {
        Aggregate order = new Aggregate(Aggregate.SALE_ORDER, ORDER_ID, "SO00003");
        var snapshot = new SaleOrderEvents.SaleOrderSnapshot("SO00003", "CANCELLED", null, null, null, "DLEAD/00042", LEAD_ID,
                List.of(), new BigDecimal("100"), null, null);

        MessageDraft cancelled = compose(SaleOrderEvents.CANCELLED, order, new SaleOrderEvents.SaleOrderCancelled(snapshot, "SALE"), null);
        MessageDraft locked = compose(SaleOrderEvents.LOCKED, order, new SaleOrderEvents.SaleOrderLocked(snapshot), null);

        assertThat(cancelled.body()).isEqualTo("Sales order SO00003 cancelled.");
        assertThat(cancelled.leadId()).as("lead id from the order's back-link").isEqualTo(LEAD_ID);
        assertThat(cancelled.saleOrderId()).isEqualTo(ORDER_ID);
        assertThat(locked.body()).isEqualTo("Sales order SO00003 locked.");
    }

    @Test
    void pickingBackorderAndCancel() {
        Aggregate picking = new Aggregate(Aggregate.PICKING, "p2", "WH/OUT/00002");
        var snapshot = new PickingEvents.PickingSnapshot("p2", "WH/OUT/00002", ORDER_ID, "SO00003", "CONFIRMED", "p1", List.of(), null, null);

        MessageDraft backorder = compose(PickingEvents.BACKORDER_CREATED, picking, new PickingEvents.PickingChanged(snapshot, null), null);
        MessageDraft cancelled = compose(PickingEvents.CANCELLED, picking, new PickingEvents.PickingChanged(snapshot, "CONFIRMED"), null);

        assertThat(backorder.body()).isEqualTo("Backorder WH/OUT/00002 created for the quantities of SO00003 not yet delivered.");
        assertThat(backorder.saleOrderId()).isEqualTo(ORDER_ID);
        assertThat(backorder.leadId()).isNull();
        assertThat(cancelled.body()).isEqualTo("Delivery order WH/OUT/00002 cancelled.");
    }

    @Test
    void validationNamesUserAndDate() {
        Aggregate picking = new Aggregate(Aggregate.PICKING, "p1", "WH/OUT/00001");
        var line = new PickingEvents.Line("product-1", new BigDecimal("2"), new BigDecimal("2"), new BigDecimal("1.0"));
        var snapshot = new PickingEvents.PickingSnapshot("p1", "WH/OUT/00001", ORDER_ID, "SO00003", "DONE", null, List.of(line),
                TIME, AGENT.id());

        MessageDraft draft = compose(PickingEvents.VALIDATED, picking, new PickingEvents.PickingChanged(snapshot, "ASSIGNED"), LEAD_ID);

        assertThat(draft.body()).isEqualTo("Delivery order WH/OUT/00001 validated by agent1 on 2026-05-04T10:15:30Z, 1 of 2 unit(s) delivered.");
        assertThat(draft.changes()).contains(
                new FieldChange("state", "ASSIGNED", "DONE"),
                new FieldChange("dateDone", null, TIME.toString()),
                new FieldChange("validatedBy", null, AGENT.id()),
                new FieldChange("lines[product-1].done", null, "1"));
    }

    @Test
    void callbackFailureKeepsErrorText() {
        Aggregate job = new Aggregate(Aggregate.BPO_CALLBACK, "job-1", "DLEAD/00042");
        var failed = new BpoCallbackEvents.CallbackResult("job-1", LEAD_ID, "DLEAD/00042", 1234, "LEAD/01234", "lost", 3,
                "AccessDenied: wrong login or API key", TIME);

        MessageDraft draft = compose(BpoCallbackEvents.FAILED, job, failed, null);

        assertThat(draft.body()).isEqualTo("BPO CRM callback failed: AccessDenied: wrong login or API key");
        assertThat(draft.leadId()).isEqualTo(LEAD_ID);
    }

    @Test
    void newTypeGetsGenericSentence() {
        MessageDraft draft = compose("dealer.lead.merged", LEAD, new LeadEvents.ActiveChanged(true));

        assertThat(draft.body()).isEqualTo("Event dealer.lead.merged recorded for DLEAD/00042.");
        assertThat(draft.leadId()).isEqualTo(LEAD_ID);
    }

    @Test
    void missingDataIsMalformed() {
        EventEnvelope event = EventEnvelope.of("/test", LeadEvents.CREATED, LEAD, LEAD_ID, AGENT, TIME, EventJson.toTree(new LeadEvents.ActiveChanged(true)));

        assertThatThrownBy(() -> MessageComposer.compose(event))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining(event.id());
    }

    @Test
    void wrongDataShapeIsMalformed() {
        EventEnvelope event = EventEnvelope.of("/test", LeadEvents.STAGE_CHANGED, LEAD, LEAD_ID, AGENT, TIME, EventJson.toTree(List.of(1, 2)));

        assertThatThrownBy(() -> MessageComposer.compose(event)).isInstanceOf(MalformedEventException.class);
    }

    @Test
    void contractTypesAreKnown() {
        assertThat(EventTypes.declaredIn(LeadEvents.class)).contains(LeadEvents.CREATED, LeadEvents.WON, LeadEvents.BPO_SYNC_CHANGED);
        assertThat(EventTypes.declaredIn(PickingEvents.class)).contains(PickingEvents.VALIDATED).noneMatch(type -> !type.startsWith("dealer."));
    }

    private static MessageDraft compose(String type, Aggregate aggregate, Object data) {
        return compose(type, aggregate, data, LEAD_ID);
    }

    private static MessageDraft compose(String type, Aggregate aggregate, Object data, String leadId) {
        return MessageComposer.compose(EventEnvelope.of("/test", type, aggregate, leadId, AGENT, TIME, EventJson.toTree(data)));
    }
}
