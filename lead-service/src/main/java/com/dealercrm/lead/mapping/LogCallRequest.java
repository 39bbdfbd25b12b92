package com.dealercrm.lead.mapping;

import com.dealercrm.lead.CallResult;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The Log Call wizard: duration in seconds, result and summary. */
public record LogCallRequest(
        @NotNull @Min(0) @Max(86400) Integer durationSeconds,
        @NotNull CallResult result,
        @Size(max = 2000) String summary) {
}
