package com.dealercrm.lead;

/** A stage of the lead pipeline: New, Qualified and Negotiation are open, Won and Lost are closed. */
public enum LeadStage {
    NEW("New"),
    QUALIFIED("Qualified"),
    NEGOTIATION("Negotiation"),
    WON("Won"),
    LOST("Lost");

    private final String label;

    LeadStage(String label) {
        this.label = label;
    }

    /** Returns the name dealer agents see on the kanban. */
    public String label() {
        return label;
    }

    public boolean isClosed() {
        return this == WON || this == LOST;
    }

    /** Returns the stage one step forward on the open part of the pipeline, or null from Negotiation on. */
    public LeadStage nextOpenStage() {
        return switch (this) {
            case NEW -> QUALIFIED;
            case QUALIFIED -> NEGOTIATION;
            default -> null;
        };
    }
}
