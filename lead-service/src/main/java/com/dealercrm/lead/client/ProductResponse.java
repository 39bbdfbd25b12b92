package com.dealercrm.lead.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.util.UUID;

/** A product (vehicle) of the catalog in quotation-service. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProductResponse(UUID id, UUID brandId, String name, BigDecimal listPrice, boolean deliverable) {
}
