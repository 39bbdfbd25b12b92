package com.dealercrm.quotation.service;

import com.dealercrm.platform.error.ApiException;
import com.dealercrm.quotation.Product;
import com.dealercrm.quotation.SaleOrderLine;
import com.dealercrm.quotation.repository.ProductRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;

/**
 * Writes client values into sale order lines: resolves the product, fills defaults from it,
 * applies the discount rule and prices the line. It does not persist anything.
 */
@ApplicationScoped
public class SaleOrderLineWriter {

    private final ProductRepository products;
    private final SalesRules salesRules;

    public SaleOrderLineWriter(ProductRepository products, SalesRules salesRules) {
        this.products = products;
        this.salesRules = salesRules;
    }

    /**
     * Builds a new line. With a product, description and unit price default to the product's name
     * and list price. Without a product, both are required. Quantity defaults to 1, discount to 0.
     * {@code fieldPrefix} is put before field names in errors, such as {@code lines[0].}.
     */
    public Uni<SaleOrderLine> newLine(UUID saleOrderId, int position, LineInput input, String fieldPrefix, Caller caller) {
        BigDecimal discount = Objects.requireNonNullElse(input.discountPercent(), BigDecimal.ZERO);
        salesRules.checkDiscount(discount, caller);
        BigDecimal quantity = Objects.requireNonNullElse(input.quantity(), BigDecimal.ONE);
        SaleOrderLine line = SaleOrderLine.create(saleOrderId, position);
        if (input.productId() == null) {
            line.description = require(input.description(), fieldPrefix + "description");
            line.deliverable = false;
            line.price(quantity, require(input.priceUnit(), fieldPrefix + "priceUnit"), discount);
            return Uni.createFrom().item(line);
        }
        return findProduct(input.productId())
                .map(product -> {
                    line.productId = product.id;
                    line.deliverable = product.deliverable;
                    line.description = Objects.requireNonNullElse(input.description(), product.name);
                    line.price(quantity, Objects.requireNonNullElse(input.priceUnit(), product.listPrice), discount);
                    return line;
                });
    }

    /**
     * Applies the values the client sent to an existing line. A new product also replaces the
     * description and unit price, unless the client sent those too. The discount rule applies only
     * to a changed discount, so a dealer user can edit a line that a manager discounted.
     */
    public Uni<SaleOrderLine> update(SaleOrderLine line, LineInput input, Caller caller) {
        BigDecimal discount = input.discountPercent();
        if (discount != null && discount.compareTo(line.discountPercent) != 0) {
            salesRules.checkDiscount(discount, caller);
        }
        Uni<Product> newProduct = input.productId() == null || input.productId().equals(line.productId)
                ? Uni.createFrom().nullItem()
                : findProduct(input.productId());
        return newProduct.map(product -> {
            BigDecimal priceUnit = line.priceUnit;
            if (product != null) {
                line.productId = product.id;
                line.deliverable = product.deliverable;
                line.description = product.name;
                priceUnit = product.listPrice;
            }
            if (input.description() != null) {
                line.description = input.description();
            }
            line.price(
                    Objects.requireNonNullElse(input.quantity(), line.quantity),
                    Objects.requireNonNullElse(input.priceUnit(), priceUnit),
                    Objects.requireNonNullElse(input.discountPercent(), line.discountPercent));
            return line;
        });
    }

    private Uni<Product> findProduct(UUID productId) {
        return products.findById(productId)
                .onItem().ifNull().failWith(() -> ApiException.notFound(
                        "Product " + productId + " does not exist. Pick a product from the catalog."));
    }

    private static <T> T require(T value, String field) {
        if (value == null) {
            throw ApiException.badRequest(field, "is required for a line without a product");
        }
        return value;
    }
}
