package com.dealercrm.quotation.mapping;

import com.dealercrm.quotation.Brand;
import java.util.UUID;

public record BrandResponse(UUID id, String code, String name) {

    public static BrandResponse from(Brand brand) {
        return new BrandResponse(brand.id, brand.code, brand.name);
    }
}
