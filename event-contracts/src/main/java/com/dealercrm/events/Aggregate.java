package com.dealercrm.events;

/** The object an event is about: its type ({@code lead}, {@code sale-order}, {@code picking}, {@code bpo-callback}), id and human reference. */
public record Aggregate(String type, String id, String reference) {

    public static final String LEAD = "lead";
    public static final String SALE_ORDER = "sale-order";
    public static final String PICKING = "picking";
    public static final String BPO_CALLBACK = "bpo-callback";
}
