package com.dealercrm.lead.mapping;

import com.dealercrm.lead.LostReason;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The Mark Lost wizard: a required reason and optional notes. */
public record MarkLostRequest(
        @NotNull LostReason reason,
        @Size(max = 2000) String notes) {
}
