package com.dealercrm.bpo.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The argument of {@code crm.lead.update_from_dealer_callback}. Null members are sent as JSON
 * null, because BPO CRM expects every key. {@code date} is an ISO-8601 UTC instant.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CallbackPayload(
        @JsonProperty("bpo_lead_id") long bpoLeadId,
        @JsonProperty("outcome") String outcome,
        @JsonProperty("dealer_lead_ref") String dealerLeadRef,
        @JsonProperty("dealer_lead_id") String dealerLeadId,
        @JsonProperty("dealer_so_ref") String dealerSoRef,
        @JsonProperty("date") String date,
        @JsonProperty("lost_reason") String lostReason,
        @JsonProperty("notes") String notes) {
}
