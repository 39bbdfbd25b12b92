package com.dealercrm.lead.mapping;

import com.dealercrm.lead.LeadStage;
import jakarta.validation.constraints.NotNull;

/** The stage a lead should move to: the next open stage. */
public record StageRequest(@NotNull LeadStage stage) {
}
