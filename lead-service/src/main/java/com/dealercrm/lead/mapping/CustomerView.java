package com.dealercrm.lead.mapping;

import java.util.UUID;

/** A lead's customer: the matched partner, and the name, E.164 mobile and email on the lead. */
public record CustomerView(UUID partnerId, String name, String mobile, String email) {
}
