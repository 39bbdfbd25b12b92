package com.dealercrm.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import com.dealercrm.testsupport.KafkaTestResource;
import com.dealercrm.testsupport.PostgresTestResource;
import com.dealercrm.testsupport.TestTokens;
import com.dealercrm.testsupport.TestUsers;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TestTokens.class)
class ProblemMappersTest {

    private static RequestSpecification as(TestUsers.User user) {
        return given().auth().oauth2(TestTokens.tokenFor(user)).contentType("application/json");
    }

    @Test
    void validRequestSeesCallerIdentity() {
        as(TestUsers.AGENT1).body("{\"name\":\"Anna\",\"price\":10.50,\"colour\":\"RED\"}")
                .post("/test/probe")
                .then().statusCode(200)
                .body("caller", equalTo("agent1"))
                .body("callerId", equalTo(TestUsers.AGENT1.id()))
                .body("manager", equalTo(false));
    }

    @Test
    void missingTokenIsProblem401() {
        given().contentType("application/json").body("{\"name\":\"Anna\"}")
                .post("/test/probe")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("status", equalTo(401));
    }

    @Test
    void expiredTokenIs401() {
        given().auth().oauth2(TestTokens.expiredTokenFor(TestUsers.AGENT1)).contentType("application/json").body("{\"name\":\"Anna\"}")
                .post("/test/probe")
                .then().statusCode(401);
    }

    @Test
    void wrongRoleIsProblem403() {
        as(TestUsers.AGENT1).get("/test/probe/manager-only")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("role"));
    }

    @Test
    void constraintViolationsListEachField() {
        as(TestUsers.AGENT1).body("{\"name\":\"\",\"email\":\"not-an-email\",\"price\":-1}")
                .post("/test/probe")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("email"))
                .body("errors.field", hasItem("price"));
    }

    @Test
    void unknownFieldIsNamed() {
        as(TestUsers.AGENT1).body("{\"name\":\"Anna\",\"stage\":\"WON\"}")
                .post("/test/probe")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("stage"))
                .body("errors[0].message", containsString("unknown field"));
    }

    @Test
    void badEnumListsAllowedValues() {
        as(TestUsers.AGENT1).body("{\"name\":\"Anna\",\"colour\":\"BLUE\"}")
                .post("/test/probe")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("colour"))
                .body("errors[0].message", containsString("RED, GREEN"));
    }

    @Test
    void malformedJsonIs400() {
        as(TestUsers.AGENT1).body("{\"name\": \"Anna\",")
                .post("/test/probe")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("not valid JSON"));
    }

    @Test
    void wrongContentTypeIs400() {
        given().auth().oauth2(TestTokens.tokenFor(TestUsers.AGENT1)).contentType("text/plain").body("name=Anna")
                .post("/test/probe")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("Content-Type"));
    }

    @Test
    void unexpectedFailureLeaksNothing() {
        as(TestUsers.AGENT1).get("/test/probe/boom")
                .then().statusCode(500)
                .contentType("application/problem+json")
                .body("detail", not(containsString("secret")))
                .body("detail", not(containsString("org.example")))
                .body("title", startsWith("Internal"));
    }
}
