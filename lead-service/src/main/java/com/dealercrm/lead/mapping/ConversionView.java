package com.dealercrm.lead.mapping;

import java.util.UUID;

/** The response of Convert to Quotation: the sale order linked to the lead. */
public record ConversionView(UUID saleOrderId, String saleOrderName) {
}
