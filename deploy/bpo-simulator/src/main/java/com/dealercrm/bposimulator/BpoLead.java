package com.dealercrm.bposimulator;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@code crm.lead} record of the simulated BPO CRM, kept in memory. Field names follow the
 * Odoo ones where Odoo has them ({@code partner_name}, {@code date_closed}, {@code lost_reason}).
 */
public class BpoLead {

    /** Odoo's datetime format, in UTC. */
    public static final DateTimeFormatter ODOO_DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    /** A chatter line on the lead. */
    public record Message(String date, String body) {
    }

    public final long id;
    public final String reference;
    public final String name;
    public final String partnerName;
    public final String mobile;
    public final String email;
    public final String vehicle;
    public final int quantity;
    public final BigDecimal expectedRevenue;
    public final String description;
    public final String endorsedBy;
    public String stage = "negotiation";
    public boolean active = true;
    public int probability = 60;
    public String dateWon;
    public String dateClosed;
    public String lostReason;
    public String lostNotes;
    public String dealerSoRef;
    public String dealerLeadRef;
    public String dealerLeadId;
    public final List<Message> messages = new ArrayList<>();

    public BpoLead(long id, String reference, String name, String partnerName, String mobile, String email, String vehicle,
            int quantity, BigDecimal expectedRevenue, String description, String endorsedBy) {
        this.id = id;
        this.reference = reference;
        this.name = name;
        this.partnerName = partnerName;
        this.mobile = mobile;
        this.email = email;
        this.vehicle = vehicle;
        this.quantity = quantity;
        this.expectedRevenue = expectedRevenue;
        this.description = description;
        this.endorsedBy = endorsedBy;
    }

    /** Adds a chatter line stamped now. */
    public synchronized void addMessage(String body) {
        messages.add(new Message(ODOO_DATETIME.format(Instant.now().truncatedTo(ChronoUnit.SECONDS)), body));
    }

    public boolean isClosed() {
        return "won".equals(stage) || "lost".equals(stage);
    }

    /** Returns every field as {@code read} returns it. */
    public synchronized Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", id);
        fields.put("reference", reference);
        fields.put("name", name);
        fields.put("partner_name", partnerName);
        fields.put("mobile", mobile);
        fields.put("email_from", email);
        fields.put("vehicle", vehicle);
        fields.put("quantity", quantity);
        fields.put("expected_revenue", expectedRevenue);
        fields.put("description", description);
        fields.put("endorsed_by", endorsedBy);
        fields.put("stage", stage);
        fields.put("active", active);
        fields.put("probability", probability);
        fields.put("date_won", falseIfNull(dateWon));
        fields.put("date_closed", falseIfNull(dateClosed));
        fields.put("lost_reason", falseIfNull(lostReason));
        fields.put("lost_notes", falseIfNull(lostNotes));
        fields.put("dealer_so_ref", falseIfNull(dealerSoRef));
        fields.put("dealer_lead_ref", falseIfNull(dealerLeadRef));
        fields.put("dealer_lead_id", falseIfNull(dealerLeadId));
        fields.put("message_ids", List.copyOf(messages));
        return fields;
    }

    /** Odoo returns {@code false}, not null, for an empty field. */
    private static Object falseIfNull(Object value) {
        return value == null ? Boolean.FALSE : value;
    }
}
