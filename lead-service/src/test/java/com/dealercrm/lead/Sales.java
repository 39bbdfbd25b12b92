package com.dealercrm.lead;

import static com.dealercrm.lead.LeadApi.as;

import com.dealercrm.lead.fake.FakeQuotationService;
import com.dealercrm.lead.fake.OwnerServices;
import com.dealercrm.testsupport.TestUsers;
import java.util.Map;
import java.util.UUID;

/** Builds leads with a catalog vehicle and takes them through Convert to Quotation against the fake owners. */
final class Sales {

    private Sales() {
    }

    /** A brand and one of its products in the fake catalog. */
    record Vehicle(UUID brandId, FakeQuotationService.Product product) {

        UUID productId() {
            return product.id();
        }
    }

    /** A lead and the sale order Convert to Quotation linked to it. */
    record LinkedLead(String id, UUID saleOrderId, String saleOrderName) {

        OwnerEvents.Order order() {
            return new OwnerEvents.Order(saleOrderId, saleOrderName, id);
        }
    }

    static Vehicle newVehicle(boolean deliverable) {
        FakeQuotationService quotation = OwnerServices.quotation();
        UUID brandId = quotation.addBrand();
        String name = deliverable ? LeadApi.uniqueName("Golf GTI") : LeadApi.uniqueName("Extended warranty");
        return new Vehicle(brandId, quotation.addProduct(brandId, name, "38900.00", deliverable));
    }

    /** Returns a manual lead body for a new customer interested in the vehicle. */
    static Map<String, Object> leadBody(Vehicle vehicle) {
        Map<String, Object> body = LeadApi.newLeadBody();
        body.put("brandId", vehicle.brandId().toString());
        body.put("productId", vehicle.productId().toString());
        return body;
    }

    /** Creates a manual lead for the vehicle as the owner and moves it to Negotiation. */
    static String negotiationLead(TestUsers.User owner, Vehicle vehicle) {
        String id = LeadApi.createLead(owner, leadBody(vehicle));
        LeadApi.moveTo(owner, id, "QUALIFIED");
        LeadApi.moveTo(owner, id, "NEGOTIATION");
        return id;
    }

    /** Endorses a new BPO lead for the vehicle, which starts in Negotiation, and has the user claim it. */
    static String endorsedLead(TestUsers.User claimer, Vehicle vehicle, long bpoLeadId) {
        Map<String, Object> body = LeadApi.endorsementBody(bpoLeadId);
        body.put("brandId", vehicle.brandId().toString());
        body.put("productId", vehicle.productId().toString());
        String id = as(TestUsers.BPO_CRM).body(body).post("/api/endorsements").then().statusCode(201).extract().path("id");
        as(claimer).post("/api/leads/" + id + "/claim").then().statusCode(200);
        return id;
    }

    /** Runs Convert to Quotation as the user, expecting a new link. */
    static LinkedLead convert(TestUsers.User user, String leadId) {
        Map<String, String> link = as(user).post("/api/leads/" + leadId + "/convert-to-quotation")
                .then().statusCode(201)
                .extract().jsonPath().getMap("");
        return new LinkedLead(leadId, UUID.fromString(link.get("saleOrderId")), link.get("saleOrderName"));
    }

    /** Makes the fakes report the order confirmed and every delivery of it done. */
    static void confirmAndDeliver(LinkedLead lead) {
        OwnerServices.quotation().setState(lead.saleOrderId(), "SALE");
        OwnerServices.delivery().delivered(lead.saleOrderId());
    }
}
