package com.dealercrm.lead.service;

import java.util.UUID;

/** The sale order linked to a lead; {@code created} is true when this request stored the link. */
public record Conversion(UUID saleOrderId, String saleOrderName, boolean created) {
}
