package com.dealercrm.bpo;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** The outcome of a dealer lead reported to BPO CRM, written in lower case as BPO CRM expects it. */
public enum CallbackOutcome {
    WON("won"),
    LOST("lost");

    private final String code;

    CallbackOutcome(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    /** Stores the outcome as its lower-case code. */
    @Converter(autoApply = true)
    public static class DatabaseConverter implements AttributeConverter<CallbackOutcome, String> {

        @Override
        public String convertToDatabaseColumn(CallbackOutcome outcome) {
            return outcome == null ? null : outcome.code;
        }

        @Override
        public CallbackOutcome convertToEntityAttribute(String code) {
            if (code == null) {
                return null;
            }
            for (CallbackOutcome outcome : values()) {
                if (outcome.code.equals(code)) {
                    return outcome;
                }
            }
            throw new IllegalArgumentException("Unknown callback outcome " + code);
        }
    }
}
