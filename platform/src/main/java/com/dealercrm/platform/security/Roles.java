package com.dealercrm.platform.security;

/** Realm roles of the {@code dealer} realm. */
public final class Roles {

    public static final String USER = "dealer-user";
    public static final String MANAGER = "dealer-manager";
    public static final String ADMIN = "dealer-admin";
    public static final String BPO_INTEGRATION = "bpo-integration";

    private Roles() {
    }
}
