package com.dealercrm.system;

import static com.dealercrm.system.DealerApi.object;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The dealer's day, as ordinary API calls a frontend or BPO CRM makes: seed the catalog, win an
 * endorsed lead through a real sale, lose a manual lead, and lose an endorsed lead while BPO CRM
 * is down. The demo and the cross-service tests both run these.
 */
public final class Scenarios {

    public static final String AGENT = "agent1";
    public static final String MANAGER = "manager1";

    private final DealerApi api;
    private final BpoSimulator bpo;
    private final PrintStream out;
    private final Duration patience;
    private int stepNumber;

    /** The catalog the scenarios sell from. */
    public record Catalog(String brandId, String suvId, String pickupId, String warrantyId) {
    }

    public Scenarios(DealerApi api, BpoSimulator bpo, PrintStream out, Duration patience) {
        this.api = api;
        this.bpo = bpo;
        this.out = out;
        this.patience = patience;
    }

    /** Creates the brand, two vehicles with stock and a service product, or finds them when they exist. */
    public Catalog seedCatalog() {
        String brandId = step("Create the brand Toyota", () -> findOrCreateBrand("TOYOTA", "Toyota"));
        String suvId = step("Create the vehicle Fortuner 2.8 LTD", () -> findOrCreateProduct(brandId, "Fortuner 2.8 LTD", "58990.00", true));
        String pickupId = step("Create the vehicle Hilux Conquest", () -> findOrCreateProduct(brandId, "Hilux Conquest", "45990.00", true));
        String warrantyId = step("Create the service product Extended warranty, 5 years",
                () -> findOrCreateProduct(brandId, "Extended warranty, 5 years", "1290.00", false));
        step("Count 50 Fortuner and 50 Hilux units in stock", () -> {
            api.post(MANAGER, "/api/stock/adjustments", object("productId", suvId, "quantity", 50), 200);
            return api.post(MANAGER, "/api/stock/adjustments", object("productId", pickupId, "quantity", 50), 200);
        });
        return new Catalog(brandId, suvId, pickupId, warrantyId);
    }

    /** BPO CRM endorses a lead; agent1 sells and delivers the vehicle and marks the lead won. Returns the lead. */
    public JsonNode winEndorsedLead(Catalog catalog) {
        JsonNode endorsed = step("BPO CRM opens a new lead and endorses it to the dealer",
                () -> openAndEndorse("Fortuner for a family of six", "Maria Santos", "+63 917 555 ", "maria.santos.", catalog.brandId(), catalog.suvId()));
        long bpoLeadId = endorsed.path("bpoSourceLeadId").asLong();
        String leadId = endorsed.path("id").asText();
        String reference = endorsed.path("reference").asText();
        step(AGENT + " claims " + reference, () -> api.post(AGENT, "/api/leads/" + leadId + "/claim", null, 200));
        step(AGENT + " adds the extended warranty to the customer's notes", () -> api.patch(AGENT, "/api/leads/" + leadId,
                object("notes", "Customer wants the 5-year warranty as well.")));
        JsonNode link = step(AGENT + " converts " + reference + " to a quotation",
                () -> api.post(AGENT, "/api/leads/" + leadId + "/convert-to-quotation", null, 201));
        String orderId = link.path("saleOrderId").asText();
        String orderName = link.path("saleOrderName").asText();
        step(AGENT + " adds the warranty line to " + orderName, () -> api.post(AGENT, "/api/sale-orders/" + orderId + "/lines",
                object("productId", catalog.warrantyId(), "quantity", 1, "priceUnit", "1290.00"), 201));
        step(AGENT + " confirms " + orderName, () -> api.post(AGENT, "/api/sale-orders/" + orderId + "/confirm", null, 200));
        JsonNode picking = step("delivery-service creates the delivery for " + orderName, () -> eventually("a picking for " + orderName, () -> {
            JsonNode items = api.get(AGENT, "/api/pickings?saleOrderId=" + orderId).path("items");
            return items.size() > 0 ? Optional.of(items.get(0)) : Optional.empty();
        }));
        String pickingId = picking.path("id").asText();
        String pickingName = picking.path("name").asText();
        step(AGENT + " checks availability of " + pickingName, () -> expectField(
                api.post(AGENT, "/api/pickings/" + pickingId + "/check-availability", null, 200), "state", "ASSIGNED"));
        step(AGENT + " validates " + pickingName + " as the customer takes the car", () -> expectField(
                api.post(AGENT, "/api/pickings/" + pickingId + "/validate", object(), 200), "state", "DONE"));
        step("Mark Won becomes available on " + reference, () -> eventually("MARK_WON in the actions of " + reference, () -> {
            JsonNode lead = api.get(AGENT, "/api/leads/" + leadId);
            return contains(lead.path("actions"), "MARK_WON") ? Optional.of(lead) : Optional.empty();
        }));
        step(AGENT + " marks " + reference + " won", () -> expectField(
                api.post(AGENT, "/api/leads/" + leadId + "/mark-won", null, 200), "stage", "WON"));
        step("BPO CRM lead " + bpoLeadId + " is updated to won with " + orderName, () -> eventually("BPO lead " + bpoLeadId + " won", () -> {
            JsonNode lead = bpo.lead(bpoLeadId);
            return "won".equalsIgnoreCase(lead.path("stage").asText()) && orderName.equals(lead.path("dealer_so_ref").asText())
                    ? Optional.of(lead) : Optional.empty();
        }));
        JsonNode synced = step(reference + " shows BPO sync SYNCED", () -> waitForSync(leadId, "SYNCED"));
        step("The chatter of " + reference + " records the BPO CRM update", () -> awaitChatter(leadId, "updated to won."));
        return synced;
    }

    /** agent1 creates a walk-in lead, moves it to Negotiation one stage at a time and loses it on price. */
    public JsonNode loseManualLead(Catalog catalog) {
        JsonNode created = step(AGENT + " creates a walk-in lead", () -> api.post(AGENT, "/api/leads", object(
                "customer", object("name", "Daniel Weber", "mobile", "0170 " + randomDigits(7), "email", "daniel.weber." + randomDigits(6) + "@example.com"),
                "brandId", catalog.brandId(),
                "productId", catalog.pickupId(),
                "budget", "42000.00",
                "notes", "Walk-in, compares with a competitor's pickup."), 201));
        String leadId = created.path("id").asText();
        String reference = created.path("reference").asText();
        step(reference + " moves to Qualified", () -> api.post(AGENT, "/api/leads/" + leadId + "/stage", object("stage", "QUALIFIED"), 200));
        step(reference + " moves to Negotiation", () -> api.post(AGENT, "/api/leads/" + leadId + "/stage", object("stage", "NEGOTIATION"), 200));
        return step(AGENT + " marks " + reference + " lost: price too high", () -> expectField(
                api.post(AGENT, "/api/leads/" + leadId + "/mark-lost",
                        object("reason", "PRICE_TOO_HIGH", "notes", "Competitor offered 3,000 less for the same trim."), 200),
                "stage", "LOST"));
    }

    /** An endorsed lead is lost while BPO CRM is down; the callback is retried and succeeds once BPO CRM is back. */
    public JsonNode loseEndorsedLeadWhileBpoIsDown(Catalog catalog) {
        JsonNode endorsed = step("BPO CRM opens a new lead and endorses it to the dealer",
                () -> openAndEndorse("Two pickups for a farm", "Jose Reyes", "+63 918 555 ", "jose.reyes.", catalog.brandId(), catalog.pickupId()));
        long bpoLeadId = endorsed.path("bpoSourceLeadId").asLong();
        String leadId = endorsed.path("id").asText();
        String reference = endorsed.path("reference").asText();
        step(AGENT + " claims " + reference, () -> api.post(AGENT, "/api/leads/" + leadId + "/claim", null, 200));
        step("BPO CRM goes down", () -> {
            bpo.down();
            return null;
        });
        try {
            step(AGENT + " marks " + reference + " lost: chose a competitor", () -> expectField(
                    api.post(AGENT, "/api/leads/" + leadId + "/mark-lost",
                            object("reason", "CHOSE_COMPETITOR", "notes", "Bought two Rangers from the dealer across town."), 200),
                    "stage", "LOST"));
            step("bpo-connector retries the callback while BPO CRM is down", () -> eventually("a failed attempt for " + reference, () -> {
                JsonNode jobs = api.get(MANAGER, "/api/bpo/callbacks?leadId=" + leadId).path("items");
                return jobs.size() > 0 && jobs.get(0).path("attempts").asInt() >= 1 ? Optional.of(jobs.get(0)) : Optional.empty();
            }));
        } finally {
            step("BPO CRM comes back", () -> {
                bpo.up();
                return null;
            });
        }
        step("BPO CRM lead " + bpoLeadId + " is updated to lost", () -> eventually("BPO lead " + bpoLeadId + " lost", () -> {
            JsonNode lead = bpo.lead(bpoLeadId);
            return "lost".equalsIgnoreCase(lead.path("stage").asText()) ? Optional.of(lead) : Optional.empty();
        }));
        JsonNode synced = step(reference + " shows BPO sync SYNCED", () -> waitForSync(leadId, "SYNCED"));
        step("The chatter of " + reference + " records the BPO CRM update", () -> awaitChatter(leadId, "updated to lost."));
        return synced;
    }

    /**
     * Waits until the lead's chatter has a message containing the text. audit-service reads each
     * topic on its own, so a lead's own events can be recorded before a callback event of the
     * same moment.
     */
    public JsonNode awaitChatter(String leadId, String text) {
        return eventually("a chatter message containing '" + text + "'", () -> timeline(leadId).stream()
                .filter(message -> message.path("body").asText().contains(text))
                .findFirst());
    }

    /**
     * Opens a BPO lead in the simulator and endorses it, and returns the new dealer lead. The
     * simulator keeps its leads in memory and numbers them from the same start after a restart.
     * So on kept dealer data a new BPO lead id can name a lead the dealer already has, which the
     * dealer returns with 200, and then this opens another BPO lead.
     */
    private JsonNode openAndEndorse(String title, String customer, String mobilePrefix, String emailPrefix, String brandId, String productId) {
        for (int attempt = 0; attempt < 100; attempt++) {
            long bpoLeadId = bpo.createLead(title, customer, mobilePrefix + randomDigits(4), emailPrefix + randomDigits(6) + "@example.com");
            BpoSimulator.Endorsement endorsement = bpo.endorse(bpoLeadId, brandId, productId);
            if (endorsement.created()) {
                return endorsement.lead();
            }
        }
        throw new IllegalStateException("BPO CRM's new lead ids all name leads the dealer already has; start with deploy/run --wipe");
    }

    /** Returns the lead's chatter, oldest first, as its owner sees it. */
    public List<JsonNode> timeline(String leadId) {
        List<JsonNode> messages = new ArrayList<>();
        api.get(AGENT, "/api/audit/leads/" + leadId + "/messages?size=200").path("items").forEach(messages::add);
        return messages;
    }

    /** Prints a lead's chatter, one line per message. */
    public void printTimeline(JsonNode lead) {
        out.println();
        out.println("Chatter of " + lead.path("reference").asText() + " (" + lead.path("stage").asText() + "):");
        for (JsonNode message : timeline(lead.path("id").asText())) {
            out.printf("  %s  %-10s %s%n", message.path("occurredAt").asText(), message.path("actor").path("name").asText(), message.path("body").asText());
        }
    }

    /** Prints the BPO CRM side of an endorsed lead. */
    public void printBpoLead(JsonNode lead) {
        long bpoLeadId = lead.path("bpoSourceLeadId").asLong();
        JsonNode bpoLead = bpo.lead(bpoLeadId);
        out.println();
        out.printf("BPO CRM lead %s: stage %s, date_won %s, dealer order %s, lost reason %s%n",
                bpoLead.path("reference").asText(), bpoLead.path("stage").asText(), bpoLead.path("date_won").asText(),
                bpoLead.path("dealer_so_ref").asText(), bpoLead.path("lost_reason").asText());
        for (JsonNode message : bpoLead.path("message_ids")) {
            out.println("  " + (message.isTextual() ? message.asText() : message.toString()));
        }
    }

    /** Waits until the lead's BPO sync status is the given one and returns the lead. */
    private JsonNode waitForSync(String leadId, String status) {
        return eventually("bpoSyncStatus " + status, () -> {
            JsonNode lead = api.get(AGENT, "/api/leads/" + leadId);
            return status.equals(lead.path("bpoSyncStatus").asText()) ? Optional.of(lead) : Optional.empty();
        });
    }

    private String findOrCreateBrand(String code, String name) {
        for (JsonNode brand : api.get(MANAGER, "/api/brands?size=200").path("items")) {
            if (code.equalsIgnoreCase(brand.path("code").asText())) {
                return brand.path("id").asText();
            }
        }
        return api.post(MANAGER, "/api/brands", object("code", code, "name", name), 201).path("id").asText();
    }

    private String findOrCreateProduct(String brandId, String name, String listPrice, boolean deliverable) {
        for (JsonNode product : api.get(MANAGER, "/api/products?size=200&brandId=" + brandId).path("items")) {
            if (name.equals(product.path("name").asText())) {
                return product.path("id").asText();
            }
        }
        return api.post(MANAGER, "/api/products", object("brandId", brandId, "name", name, "listPrice", listPrice, "deliverable", deliverable), 201)
                .path("id").asText();
    }

    /** Runs one numbered step and prints its outcome; a failure names the step. */
    public <T> T step(String description, Supplier<T> action) {
        stepNumber++;
        out.printf("[%2d] %s ... ", stepNumber, description);
        out.flush();
        try {
            T result = action.get();
            out.println("ok");
            return result;
        } catch (RuntimeException e) {
            out.println("FAILED");
            throw new StepFailedException(stepNumber, description, e);
        }
    }

    /** Polls until the supplier returns a value, or raises after the scenario's patience. */
    public <T> T eventually(String condition, Supplier<Optional<T>> probe) {
        long deadline = System.nanoTime() + patience.toNanos();
        RuntimeException last = null;
        while (System.nanoTime() < deadline) {
            try {
                Optional<T> value = probe.get();
                if (value.isPresent()) {
                    return value.get();
                }
            } catch (ApiProblemException e) {
                last = e;
            }
            sleep(Duration.ofMillis(250));
        }
        throw new IllegalStateException("Timed out after " + patience.toSeconds() + " s waiting for " + condition
                + (last == null ? "" : "; last error: " + last.getMessage()), last);
    }

    private static JsonNode expectField(JsonNode node, String field, String expected) {
        if (!expected.equals(node.path(field).asText())) {
            throw new IllegalStateException("expected " + field + " " + expected + " but got " + node.path(field).asText());
        }
        return node;
    }

    private static boolean contains(JsonNode array, String value) {
        for (JsonNode element : array) {
            if (value.equals(element.asText())) {
                return true;
            }
        }
        return false;
    }

    private static String randomDigits(int count) {
        String digits = Long.toString(Math.abs(UUID.randomUUID().getLeastSignificantBits()));
        return digits.substring(0, count);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    /** A scenario step that failed, with its number and description. */
    public static final class StepFailedException extends RuntimeException {
        public StepFailedException(int number, String description, RuntimeException cause) {
            super("Step " + number + " (" + description + ") failed: " + cause.getMessage(), cause);
        }
    }

    /** The services whose log a failing API path points to. */
    public static final Map<String, String> LOG_BY_PATH = Map.of(
            "/api/leads", "lead-service",
            "/api/endorsements", "lead-service",
            "/api/brands", "quotation-service",
            "/api/products", "quotation-service",
            "/api/sale-orders", "quotation-service",
            "/api/pickings", "delivery-service",
            "/api/stock", "delivery-service",
            "/api/bpo", "bpo-connector",
            "/api/audit", "audit-service",
            "/sim/", "bpo-simulator");
}
