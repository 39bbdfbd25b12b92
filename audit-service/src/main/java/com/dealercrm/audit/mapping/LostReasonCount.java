package com.dealercrm.audit.mapping;

/** How many leads were lost for one lost reason, with the reason's display name. */
public record LostReasonCount(String reason, String label, long count) {

    public static LostReasonCount of(Object[] row) {
        String reason = (String) row[0];
        return new LostReasonCount(reason, Labels.lostReason(reason), ((Number) row[1]).longValue());
    }
}
