package com.dealercrm.bposimulator.service;

import com.dealercrm.bposimulator.BpoLead;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The simulated BPO CRM's {@code crm.lead} records, in memory and seeded on start, and what
 * {@code update_from_dealer_callback} does to them.
 */
@ApplicationScoped
public class CrmLeadStore {

    /** The lost reasons of BPO CRM. Any other code is recorded as {@code other}. */
    static final Set<String> LOST_REASONS = Set.of(
            "price_too_high", "chose_competitor", "not_ready_to_buy", "financing_issues", "no_stock_available", "buyer_cancelled", "other");

    /** The id of the first lead created through {@link #create}, after the seeded ones. */
    static final long FIRST_CREATED_ID = 2000;

    private final Map<Long, BpoLead> leads = new ConcurrentSkipListMap<>();
    private final AtomicLong nextId = new AtomicLong();
    private final Clock clock = Clock.systemUTC();

    public CrmLeadStore() {
        reset();
    }

    /** Drops every change and restores the seeded leads. */
    public final void reset() {
        leads.clear();
        nextId.set(FIRST_CREATED_ID);
        add(new BpoLead(1234, "LEAD/01234", "Fortuner for a family of six", "Maria Santos", "+63 917 555 0101", "maria.santos@example.com",
                "Toyota Fortuner 2.8 LTD", 1, new BigDecimal("2150000.00"), "Wants delivery before June; trade-in of a 2015 Innova.", "Ana Cruz"));
        add(new BpoLead(1235, "LEAD/01235", "Two pickups for a farm", "Jose Reyes", "+63 918 555 0202", "jose.reyes@example.com",
                "Toyota Hilux 2.4 E 4x2", 2, new BigDecimal("2640000.00"), "Pays cash; compares with a Navara quote.", "Ana Cruz"));
        add(new BpoLead(1236, "LEAD/01236", "First car, financed", "Liza Mendoza", "+63 919 555 0303", "liza.mendoza@example.com",
                "Toyota Vios 1.3 XLE CVT", 1, new BigDecimal("885000.00"), "Bank financing pre-approved.", "Ben Torres"));
    }

    /** Opens a new BPO lead in negotiation, with the next free id, and returns it. */
    public BpoLead create(String name, String partnerName, String mobile, String email, String vehicle, int quantity,
            BigDecimal expectedRevenue, String description, String endorsedBy) {
        long id = nextId.getAndIncrement();
        BpoLead lead = new BpoLead(id, String.format("LEAD/%05d", id), name, partnerName, mobile, email, vehicle, quantity,
                expectedRevenue, description, endorsedBy);
        add(lead);
        Log.infof("Opened BPO lead %s for %s", lead.reference, partnerName);
        return lead;
    }

    public List<BpoLead> all() {
        return new ArrayList<>(leads.values());
    }

    public BpoLead find(long id) {
        return leads.get(id);
    }

    /**
     * Applies a dealer's won or lost outcome to a BPO lead. A repeat of the callback that closed
     * the lead succeeds without changing it; a different outcome or dealer lead is refused.
     */
    public Map<String, Object> updateFromDealerCallback(JsonNode payload) {
        if (payload == null || !payload.isObject()) {
            throw OdooException.validationError("update_from_dealer_callback expects one payload object.");
        }
        long bpoLeadId = bpoLeadId(payload);
        String outcome = outcome(payload);
        BpoLead lead = leads.get(bpoLeadId);
        if (lead == null) {
            throw OdooException.userError("BPO lead " + bpoLeadId + " does not exist.");
        }
        synchronized (lead) {
            String dealerLeadRef = text(payload, "dealer_lead_ref");
            String dealerLeadId = text(payload, "dealer_lead_id");
            if (lead.isClosed()) {
                return repeat(lead, outcome, dealerLeadRef, dealerLeadId);
            }
            String date = odooDate(payload);
            lead.dealerLeadRef = dealerLeadRef;
            lead.dealerLeadId = dealerLeadId;
            lead.dealerSoRef = text(payload, "dealer_so_ref");
            lead.dateClosed = date;
            if ("won".equals(outcome)) {
                markWon(lead, date);
            } else {
                markLost(lead, text(payload, "lost_reason"), text(payload, "notes"));
            }
            Log.infof("BPO lead %s is now %s from dealer lead %s", lead.reference, lead.stage, dealerLeadRef);
            return result(lead, true);
        }
    }

    /** Returns the requested fields of the leads with these ids, as Odoo's {@code read}. */
    public List<Map<String, Object>> read(JsonNode ids, JsonNode fieldNames) {
        List<Map<String, Object>> records = new ArrayList<>();
        for (JsonNode idNode : ids.isArray() ? ids : List.of(ids)) {
            BpoLead lead = idNode.canConvertToLong() ? leads.get(idNode.asLong()) : null;
            if (lead == null) {
                throw OdooException.missingError("Record does not exist or has been deleted. (Record: crm.lead(" + idNode + "))");
            }
            records.add(select(lead.fields(), fieldNames));
        }
        return records;
    }

    private void add(BpoLead lead) {
        lead.addMessage("Lead created by " + lead.endorsedBy + ".");
        leads.put(lead.id, lead);
    }

    private Map<String, Object> repeat(BpoLead lead, String outcome, String dealerLeadRef, String dealerLeadId) {
        if (!lead.stage.equals(outcome)) {
            throw OdooException.userError("Lead " + lead.reference + " is already " + lead.stage + "; a " + outcome + " callback cannot change it.");
        }
        if (lead.dealerLeadId != null && !lead.dealerLeadId.equals(dealerLeadId)) {
            throw OdooException.userError("Lead " + lead.reference + " is already " + lead.stage + " by dealer lead " + lead.dealerLeadRef + ".");
        }
        Log.infof("BPO lead %s received a repeated %s callback from dealer lead %s; nothing changed", lead.reference, outcome, dealerLeadRef);
        return result(lead, false);
    }

    private void markWon(BpoLead lead, String date) {
        lead.stage = "won";
        lead.probability = 100;
        lead.dateWon = date;
        String order = lead.dealerSoRef == null ? "" : " with sale order " + lead.dealerSoRef;
        lead.addMessage("Dealer lead " + lead.dealerLeadRef + " won" + order + ".");
    }

    private void markLost(BpoLead lead, String reason, String notes) {
        String code = reason == null ? "other" : reason.toLowerCase(Locale.ROOT);
        lead.stage = "lost";
        lead.probability = 0;
        lead.active = false;
        lead.lostReason = LOST_REASONS.contains(code) ? code : "other";
        lead.lostNotes = notes;
        String noteText = notes == null ? "" : " Notes: " + notes;
        lead.addMessage("Dealer lead " + lead.dealerLeadRef + " lost (" + lead.lostReason + ")." + noteText);
    }

    private static Map<String, Object> result(BpoLead lead, boolean changed) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("id", lead.id);
        result.put("reference", lead.reference);
        result.put("stage", lead.stage);
        result.put("changed", changed);
        return result;
    }

    private static Map<String, Object> select(Map<String, Object> fields, JsonNode fieldNames) {
        if (fieldNames == null || !fieldNames.isArray() || fieldNames.isEmpty()) {
            return fields;
        }
        Map<String, Object> selected = new LinkedHashMap<>();
        selected.put("id", fields.get("id"));
        fieldNames.forEach(name -> {
            if (!fields.containsKey(name.asText())) {
                throw new OdooException(OdooException.SERVER_ERROR, "builtins.ValueError", "Invalid field '" + name.asText() + "' on model 'crm.lead'");
            }
            selected.put(name.asText(), fields.get(name.asText()));
        });
        return selected;
    }

    private static long bpoLeadId(JsonNode payload) {
        JsonNode id = payload.get("bpo_lead_id");
        if (id == null || !id.canConvertToLong() || !id.isIntegralNumber()) {
            throw OdooException.validationError("bpo_lead_id must be the integer id of a BPO lead, not " + id + ".");
        }
        return id.asLong();
    }

    private static String outcome(JsonNode payload) {
        String outcome = text(payload, "outcome");
        if (!"won".equals(outcome) && !"lost".equals(outcome)) {
            throw OdooException.validationError("outcome must be 'won' or 'lost', not '" + outcome + "'.");
        }
        return outcome;
    }

    private String odooDate(JsonNode payload) {
        String date = text(payload, "date");
        if (date == null) {
            return now();
        }
        try {
            return BpoLead.ODOO_DATETIME.format(Instant.parse(date));
        } catch (DateTimeParseException e) {
            throw OdooException.validationError("date must be an ISO-8601 instant such as 2026-06-30T10:15:30Z, not '" + date + "'.");
        }
    }

    private static String text(JsonNode payload, String field) {
        JsonNode value = payload.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private String now() {
        return BpoLead.ODOO_DATETIME.format(Instant.now(clock).truncatedTo(ChronoUnit.SECONDS));
    }
}
