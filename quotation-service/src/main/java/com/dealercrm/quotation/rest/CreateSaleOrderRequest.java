package com.dealercrm.quotation.rest;

import com.dealercrm.quotation.service.LineInput;
import com.dealercrm.quotation.service.NewSaleOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * A new DRAFT sale order. {@code dealerLeadReference} becomes the order's {@code origin}. The lead
 * fields are optional for an order made without a lead.
 */
public record CreateSaleOrderRequest(
        UUID dealerLeadId,
        @Size(max = 64) String dealerLeadReference,
        @NotNull @Valid PartnerRequest partner,
        @NotNull UUID brandId,
        @Size(max = 100) List<@NotNull @Valid LineRequest> lines) {

    /** The customer as lead-service resolved them. */
    public record PartnerRequest(
            @NotNull UUID partnerId,
            @NotBlank @Size(max = 200) String name,
            @Size(max = 40) String mobile,
            @Email @Size(max = 254) String email) {
    }

    NewSaleOrder toNewSaleOrder() {
        List<LineInput> lineInputs = lines == null ? List.of() : lines.stream().map(LineRequest::toInput).toList();
        return new NewSaleOrder(
                dealerLeadId,
                blankToNull(dealerLeadReference),
                partner.partnerId(),
                partner.name().strip(),
                blankToNull(partner.mobile()),
                blankToNull(partner.email()),
                brandId,
                lineInputs);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
