package com.dealercrm.delivery.mapping;

import com.dealercrm.delivery.StockQuant;
import com.dealercrm.delivery.rest.StockLevelResponse;

/** Maps stock rows to API responses. */
public final class StockMapper {

    private StockMapper() {
    }

    public static StockLevelResponse toResponse(StockQuant quant) {
        return new StockLevelResponse(quant.productId, quant.onHand, quant.reserved, quant.available(), quant.updatedAt);
    }
}
