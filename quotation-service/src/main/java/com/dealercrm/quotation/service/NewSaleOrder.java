package com.dealercrm.quotation.service;

import java.util.List;
import java.util.UUID;

/** Client values for a new sale order. The lead fields are null for an order made without a lead. */
public record NewSaleOrder(
        UUID dealerLeadId,
        String dealerLeadReference,
        UUID partnerId,
        String partnerName,
        String partnerMobile,
        String partnerEmail,
        UUID brandId,
        List<LineInput> lines) {
}
