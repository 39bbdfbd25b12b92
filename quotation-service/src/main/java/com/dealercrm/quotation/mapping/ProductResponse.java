package com.dealercrm.quotation.mapping;

import com.dealercrm.quotation.Product;
import java.math.BigDecimal;
import java.util.UUID;

public record ProductResponse(UUID id, UUID brandId, String name, BigDecimal listPrice, boolean deliverable) {

    public static ProductResponse from(Product product) {
        return new ProductResponse(product.id, product.brandId, product.name, Decimals.money(product.listPrice), product.deliverable);
    }
}
