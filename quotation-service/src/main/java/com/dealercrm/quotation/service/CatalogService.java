package com.dealercrm.quotation.service;

import com.dealercrm.platform.error.ApiException;
import com.dealercrm.platform.outbox.EventOutbox;
import com.dealercrm.quotation.Brand;
import com.dealercrm.quotation.Product;
import com.dealercrm.quotation.mapping.PageResponse;
import com.dealercrm.quotation.repository.BrandRepository;
import com.dealercrm.quotation.repository.ProductRepository;
import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.UUID;

/** The catalog: brands and the products sold under them. */
@ApplicationScoped
public class CatalogService {

    private final BrandRepository brands;
    private final ProductRepository products;
    private final EventOutbox outbox;

    public CatalogService(BrandRepository brands, ProductRepository products, EventOutbox outbox) {
        this.brands = brands;
        this.products = products;
        this.outbox = outbox;
    }

    /** Creates a brand. Raises 409 when another brand has the code, compared without regard to case. */
    @WithTransaction
    public Uni<Brand> createBrand(String code, String name, Caller caller) {
        Log.debugf("Creating brand %s for %s", code, caller.id());
        Brand brand = Brand.create(code, name, outbox.now());
        return brands.codeExists(code)
                .invoke(exists -> failIf(exists, brandCodeTaken(code)))
                .flatMap(ignored -> brands.persistAndFlush(brand))
                .onFailure(UniqueViolations::isUniqueViolation).transform(failure -> {
                    Log.warnf("Brand code %s was taken by a concurrent request: %s", code, failure.toString());
                    return brandCodeTaken(code);
                })
                .invoke(created -> Log.infof("Brand %s (%s) created by %s", created.code, created.id, caller.id()));
    }

    @WithSession
    public Uni<PageResponse<Brand>> listBrands(int page, int size) {
        return page(brands.findAll(Sort.by("code").and("id")), page, size);
    }

    /** Returns the brand, or null when it does not exist. */
    @WithSession
    public Uni<Brand> findBrand(UUID id) {
        return brands.findById(id);
    }

    /** Creates a product under an existing brand. Raises 404 for an unknown brand and 409 for a name in use. */
    @WithTransaction
    public Uni<Product> createProduct(UUID brandId, String name, BigDecimal listPrice, boolean deliverable, Caller caller) {
        Log.debugf("Creating product %s under brand %s for %s", name, brandId, caller.id());
        Product product = Product.create(brandId, name, listPrice, deliverable, outbox.now());
        return brands.findById(brandId)
                .onItem().ifNull().failWith(() -> brandNotFound(brandId))
                .flatMap(brand -> products.nameExistsInBrand(brandId, name))
                .invoke(exists -> failIf(exists, productNameTaken(name)))
                .flatMap(ignored -> products.persistAndFlush(product))
                .onFailure(UniqueViolations::isUniqueViolation).transform(failure -> {
                    Log.warnf("Product name %s in brand %s was taken by a concurrent request: %s", name, brandId, failure.toString());
                    return productNameTaken(name);
                })
                .invoke(created -> Log.infof("Product %s (%s) created under brand %s by %s", created.name, created.id, brandId, caller.id()));
    }

    /** Returns the products of one brand, or of all brands when {@code brandId} is null. */
    @WithSession
    public Uni<PageResponse<Product>> listProducts(UUID brandId, int page, int size) {
        return page(products.findByBrand(brandId), page, size);
    }

    /** Returns the product, or null when it does not exist. */
    @WithSession
    public Uni<Product> findProduct(UUID id) {
        return products.findById(id);
    }

    public static ApiException brandNotFound(UUID brandId) {
        return ApiException.notFound("Brand " + brandId + " does not exist. Pick a brand from the catalog.");
    }

    private static <T> Uni<PageResponse<T>> page(PanacheQuery<T> query, int page, int size) {
        PanacheQuery<T> pageQuery = query.page(page, size);
        return pageQuery.count()
                .flatMap(total -> pageQuery.list()
                        .map(items -> new PageResponse<>(items, total, page, size)));
    }

    private static ApiException brandCodeTaken(String code) {
        return ApiException.conflict("A brand with code " + code + " already exists. Use another code.");
    }

    private static ApiException productNameTaken(String name) {
        return ApiException.conflict("The brand already has a product named " + name + ". Use another name.");
    }

    private static void failIf(boolean condition, ApiException failure) {
        if (condition) {
            throw failure;
        }
    }
}
