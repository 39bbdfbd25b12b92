package com.dealercrm.lead.repository;

import com.dealercrm.lead.LeadStage;
import io.quarkus.panache.common.Parameters;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The where clause of an All Leads search, built one filter at a time. */
public final class LeadCriteria {

    private final List<String> conditions = new ArrayList<>();
    private final Parameters parameters = new Parameters();

    /** Keeps leads owned by the user or unassigned: all that a dealer user may see. */
    public LeadCriteria visibleTo(String userId) {
        return add("(ownerId = :visibleTo or ownerId is null)", "visibleTo", userId);
    }

    public LeadCriteria ownedBy(String userId) {
        return add("ownerId = :owner", "owner", userId);
    }

    public LeadCriteria unassigned() {
        conditions.add("ownerId is null");
        return this;
    }

    public LeadCriteria stage(LeadStage stage) {
        return add("stage = :stage", "stage", stage);
    }

    public LeadCriteria endorsed(boolean endorsed) {
        conditions.add(endorsed ? "bpoSourceLeadId is not null" : "bpoSourceLeadId is null");
        return this;
    }

    public LeadCriteria active(boolean active) {
        return add("active = :active", "active", active);
    }

    /** Keeps leads lost at or after the instant. */
    public LeadCriteria lostFrom(Instant from) {
        return add("dateLost >= :lostFrom", "lostFrom", from);
    }

    /** Keeps leads lost before the instant. */
    public LeadCriteria lostTo(Instant to) {
        return add("dateLost < :lostTo", "lostTo", to);
    }

    /**
     * Keeps leads whose customer name, email, mobile, reference or BPO source reference contains
     * the text, ignoring case, or whose mobile equals the text read as a phone number
     * ({@code e164}, may be null).
     */
    public LeadCriteria matching(String text, String e164) {
        String pattern = "%" + escapeLike(text.toLowerCase(java.util.Locale.ROOT)) + "%";
        StringBuilder condition = new StringBuilder("(lower(customerName) like :text escape '\\'")
                .append(" or lower(customerEmail) like :text escape '\\'")
                .append(" or customerMobile like :text escape '\\'")
                .append(" or lower(reference) like :text escape '\\'")
                .append(" or lower(bpoSourceReference) like :text escape '\\'");
        parameters.and("text", pattern);
        if (e164 != null) {
            condition.append(" or customerMobile = :mobile");
            parameters.and("mobile", e164);
        }
        conditions.add(condition.append(')').toString());
        return this;
    }

    String query() {
        return conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
    }

    Parameters parameters() {
        return parameters;
    }

    private LeadCriteria add(String condition, String name, Object value) {
        conditions.add(condition);
        parameters.and(name, value);
        return this;
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
