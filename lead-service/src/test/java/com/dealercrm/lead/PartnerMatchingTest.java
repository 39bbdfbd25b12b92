package com.dealercrm.lead;

import static com.dealercrm.lead.LeadApi.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.dealercrm.lead.fake.OwnerServices;
import com.dealercrm.testsupport.KafkaTestResource;
import com.dealercrm.testsupport.PostgresTestResource;
import com.dealercrm.testsupport.TestTokens;
import com.dealercrm.testsupport.TestUsers;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/** Customers are matched to partners by E.164 mobile, then by email ignoring case and spaces, else created. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TestTokens.class)
@WithTestResource(OwnerServices.class)
class PartnerMatchingTest {

    @Test
    void nationalMobileMatchesInternational() {
        String national = partnerOf(LeadApi.customer("Jonas Weber", "0170 1234567", null));
        String international = partnerOf(LeadApi.customer("J. Weber", "+49 170 1234567", null));

        assertThat(international).isEqualTo(national);
    }

    @Test
    void emailMatchesIgnoringCaseAndSpaces() {
        String email = LeadApi.uniqueName("anna").replace(" ", ".") + "@example.com";

        String first = partnerOf(LeadApi.customer("Anna Berg", null, email));
        String second = partnerOf(LeadApi.customer("Anna Berg", null, "  " + email.toUpperCase() + " "));

        assertThat(second).isEqualTo(first);
    }

    @Test
    void mobileWinsOverEmail() {
        String mobileOfFirst = LeadApi.uniqueMobile();
        String emailOfSecond = LeadApi.uniqueName("second").replace(" ", ".") + "@example.com";
        String first = partnerOf(LeadApi.customer("First", mobileOfFirst, null));
        String second = partnerOf(LeadApi.customer("Second", LeadApi.uniqueMobile(), emailOfSecond));

        String matched = partnerOf(LeadApi.customer("Mixed", mobileOfFirst, emailOfSecond));

        assertThat(second).isNotEqualTo(first);
        assertThat(matched).isEqualTo(first);
    }

    @Test
    void unknownCustomerGetsNewPartner() {
        String first = partnerOf(LeadApi.customer("Same Name", LeadApi.uniqueMobile(), null));
        String second = partnerOf(LeadApi.customer("Same Name", LeadApi.uniqueMobile(), null));
        String withoutContact = partnerOf(LeadApi.customer("Same Name", null, null));
        String againWithoutContact = partnerOf(LeadApi.customer("Same Name", null, null));

        assertThat(List.of(first, second, withoutContact, againWithoutContact)).doesNotHaveDuplicates();
    }

    @Test
    void concurrentIntakesGiveOnePartner() throws Exception {
        String mobile = LeadApi.uniqueMobile();
        List<Callable<Response>> intakes = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            long bpoLeadId = LeadApi.uniqueBpoLeadId();
            intakes.add(() -> as(TestUsers.BPO_CRM)
                    .body(LeadApi.endorsementBody(bpoLeadId, LeadApi.customer("Race Customer", mobile, null)))
                    .post("/api/endorsements"));
        }

        List<Response> responses = Concurrently.run(intakes);

        assertThat(responses).extracting(Response::statusCode).containsOnly(201);
        assertThat(responses).extracting(response -> response.<String>path("customer.partnerId")).containsOnly(
                responses.get(0).<String>path("customer.partnerId"));
        assertThat(LeadApi.count("SELECT count(*) FROM partner WHERE mobile = ?", LeadApi.e164(mobile))).isEqualTo(1);
    }

    private static String partnerOf(Map<String, Object> customer) {
        Map<String, Object> body = LeadApi.newLeadBody();
        body.put("customer", customer);
        return as(TestUsers.AGENT1).body(body).post("/api/leads").then().statusCode(201).extract().path("customer.partnerId");
    }
}
