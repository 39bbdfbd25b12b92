package com.dealercrm.quotation;

import static com.dealercrm.quotation.QuotationApi.anonymous;
import static com.dealercrm.quotation.QuotationApi.as;
import static com.dealercrm.quotation.QuotationApi.createBrand;
import static com.dealercrm.quotation.QuotationApi.createProduct;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import com.dealercrm.testsupport.KafkaTestResource;
import com.dealercrm.testsupport.PostgresTestResource;
import com.dealercrm.testsupport.TestTokens;
import com.dealercrm.testsupport.TestUsers;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Brands and products: who may read and create them, and how bad input is rejected. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TestTokens.class)
class CatalogResourceTest {

    @Test
    void brandCreatedByManagerAndAdmin() {
        for (TestUsers.User user : List.of(TestUsers.MANAGER1, TestUsers.ADMIN1)) {
            String code = uniqueCode();
            String id = as(user)
                    .body(Map.of("code", code, "name", "Skoda"))
                    .post("/api/brands")
                    .then().statusCode(201)
                    .body("code", equalTo(code))
                    .body("name", equalTo("Skoda"))
                    .extract().path("id");

            as(TestUsers.AGENT1).get("/api/brands/" + id)
                    .then().statusCode(200)
                    .body("code", equalTo(code));
        }
    }

    @Test
    void brandCreateRejectedForUserAndBpo() {
        for (TestUsers.User user : List.of(TestUsers.AGENT1, TestUsers.BPO_CRM)) {
            as(user)
                    .body(Map.of("code", uniqueCode(), "name", "Seat"))
                    .post("/api/brands")
                    .then().statusCode(403);
        }
        anonymous()
                .body(Map.of("code", uniqueCode(), "name", "Seat"))
                .post("/api/brands")
                .then().statusCode(401);
    }

    @Test
    void brandsReadableByDealerRolesOnly() {
        String brandId = createBrand();
        for (TestUsers.User user : List.of(TestUsers.AGENT1, TestUsers.MANAGER1, TestUsers.ADMIN1)) {
            as(user).get("/api/brands?size=200")
                    .then().statusCode(200)
                    .body("page", equalTo(0))
                    .body("size", equalTo(200));
            as(user).get("/api/brands/" + brandId).then().statusCode(200);
        }
        as(TestUsers.BPO_CRM).get("/api/brands").then().statusCode(403);
        anonymous().get("/api/brands").then().statusCode(401);
    }

    @Test
    void brandCodeTakenIs409() {
        String code = uniqueCode();
        as(TestUsers.MANAGER1).body(Map.of("code", code, "name", "Audi")).post("/api/brands").then().statusCode(201);

        as(TestUsers.ADMIN1)
                .body(Map.of("code", code.toLowerCase(), "name", "Audi again"))
                .post("/api/brands")
                .then().statusCode(409)
                .body("detail", containsString(code.toLowerCase()));
    }

    @Test
    void concurrentSameBrandCodeGivesOneBrand() throws Exception {
        String code = uniqueCode();
        List<Integer> statuses = Race.run(2, () -> as(TestUsers.MANAGER1)
                .body(Map.of("code", code, "name", "Cupra"))
                .post("/api/brands")
                .statusCode());

        assertThat(statuses).containsExactlyInAnyOrder(201, 409);
    }

    @Test
    void brandBadInputIs400() {
        as(TestUsers.MANAGER1)
                .body(Map.of("code", "no spaces allowed", "name", "Opel"))
                .post("/api/brands")
                .then().statusCode(400)
                .body("errors.field", hasItem("code"));
        as(TestUsers.MANAGER1)
                .body(Map.of("code", uniqueCode(), "name", " "))
                .post("/api/brands")
                .then().statusCode(400)
                .body("errors.field", hasItem("name"));
        as(TestUsers.MANAGER1)
                .body(Map.of("code", uniqueCode(), "name", "Opel", "id", UUID.randomUUID().toString()))
                .post("/api/brands")
                .then().statusCode(400)
                .body("errors.field", hasItem("id"));
    }

    @Test
    void unknownBrandIs404() {
        as(TestUsers.AGENT1).get("/api/brands/" + UUID.randomUUID()).then().statusCode(404);
        as(TestUsers.AGENT1).get("/api/brands/not-a-uuid").then().statusCode(404);
    }

    @Test
    void productCreatedAndRead() {
        String brandId = createBrand();
        String id = as(TestUsers.ADMIN1)
                .body(Map.of("brandId", brandId, "name", "Passat Variant", "listPrice", "41999.9"))
                .post("/api/products")
                .then().statusCode(201)
                .body("brandId", equalTo(brandId))
                .body("name", equalTo("Passat Variant"))
                .body("deliverable", equalTo(true))
                .extract().path("id");

        String listPrice = as(TestUsers.AGENT1).get("/api/products/" + id)
                .then().statusCode(200)
                .body("deliverable", equalTo(true))
                .extract().body().asString();
        assertThat(listPrice).contains("\"listPrice\":41999.90");
    }

    @Test
    void productCreateRejectedForUserAndBpo() {
        String brandId = createBrand();
        for (TestUsers.User user : List.of(TestUsers.AGENT1, TestUsers.BPO_CRM)) {
            as(user)
                    .body(Map.of("brandId", brandId, "name", "Arteon", "listPrice", "50000"))
                    .post("/api/products")
                    .then().statusCode(403);
        }
        as(TestUsers.BPO_CRM).get("/api/products").then().statusCode(403);
        anonymous().get("/api/products").then().statusCode(401);
    }

    @Test
    void productFilterByBrand() {
        String brandId = createBrand();
        String otherBrandId = createBrand();
        String vehicleId = createProduct(brandId, "Polo", "21000.00", true);
        String serviceId = createProduct(brandId, "Service plan", "600.00", false);
        createProduct(otherBrandId, "Polo", "22000.00", true);

        as(TestUsers.AGENT1).get("/api/products?brandId=" + brandId)
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items", hasSize(2))
                .body("items.id", equalTo(List.of(vehicleId, serviceId)))
                .body("items.deliverable", equalTo(List.of(true, false)));
        as(TestUsers.AGENT1).get("/api/products?brandId=" + brandId + "&size=1&page=1")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("page", equalTo(1))
                .body("size", equalTo(1))
                .body("items.id", equalTo(List.of(serviceId)));
    }

    @Test
    void productUnderUnknownBrandIs404() {
        String brandId = UUID.randomUUID().toString();
        as(TestUsers.MANAGER1)
                .body(Map.of("brandId", brandId, "name", "Up!", "listPrice", "15000"))
                .post("/api/products")
                .then().statusCode(404)
                .body("detail", containsString(brandId));
    }

    @Test
    void productNameTakenInBrandIs409() {
        String brandId = createBrand();
        createProduct(brandId, "T-Roc", "30000", true);

        as(TestUsers.MANAGER1)
                .body(Map.of("brandId", brandId, "name", "t-roc", "listPrice", "31000"))
                .post("/api/products")
                .then().statusCode(409)
                .body("detail", containsString("t-roc"));
    }

    @Test
    void productBadInputIs400() {
        String brandId = createBrand();
        Map<String, Object> negativePrice = Map.of("brandId", brandId, "name", "Caddy", "listPrice", "-1");
        Map<String, Object> threeDecimals = Map.of("brandId", brandId, "name", "Caddy", "listPrice", "1.005");
        Map<String, Object> textPrice = Map.of("brandId", brandId, "name", "Caddy", "listPrice", "cheap");
        Map<String, Object> noPrice = Map.of("brandId", brandId, "name", "Caddy");
        Map<String, Object> textFlag = Map.of("brandId", brandId, "name", "Caddy", "listPrice", "1", "deliverable", "perhaps");
        for (Map<String, Object> body : List.of(negativePrice, threeDecimals, textPrice, noPrice)) {
            as(TestUsers.MANAGER1).body(body).post("/api/products")
                    .then().statusCode(400)
                    .body("errors.field", hasItem("listPrice"));
        }
        as(TestUsers.MANAGER1).body(textFlag).post("/api/products")
                .then().statusCode(400)
                .body("errors.field", hasItem("deliverable"));
        as(TestUsers.MANAGER1).body(Map.of("name", "Caddy", "listPrice", "1")).post("/api/products")
                .then().statusCode(400)
                .body("errors.field", hasItem("brandId"));
    }

    @Test
    void productQueryBadInputIs400() {
        as(TestUsers.AGENT1).get("/api/products?brandId=vw")
                .then().statusCode(400)
                .body("errors.field", hasItem("brandId"));
        as(TestUsers.AGENT1).get("/api/products?size=201")
                .then().statusCode(400)
                .body("errors.field", hasItem("size"));
        as(TestUsers.AGENT1).get("/api/products?page=-1")
                .then().statusCode(400)
                .body("errors.field", hasItem("page"));
        as(TestUsers.AGENT1).get("/api/products?size=ten")
                .then().statusCode(400)
                .body("errors.field", hasItem("size"));
    }

    @Test
    void unknownProductIs404() {
        as(TestUsers.AGENT1).get("/api/products/" + UUID.randomUUID()).then().statusCode(404);
        as(TestUsers.AGENT1).get("/api/products/42").then().statusCode(404);
    }

    private static String uniqueCode() {
        return "C" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}
