package com.dealercrm.testsupport;

import java.util.List;

/** The users of the local {@code dealer} realm, with the ids the realm import gives them. */
public final class TestUsers {

    public record User(String id, String username, List<String> roles) {
    }

    public static final User AGENT1 = new User("5f0c2f57-2a43-4c1e-9a6b-0a1e00000001", "agent1", List.of("dealer-user"));
    public static final User AGENT2 = new User("5f0c2f57-2a43-4c1e-9a6b-0a1e00000002", "agent2", List.of("dealer-user"));
    public static final User MANAGER1 = new User("5f0c2f57-2a43-4c1e-9a6b-0a1e00000003", "manager1", List.of("dealer-manager"));
    public static final User ADMIN1 = new User("5f0c2f57-2a43-4c1e-9a6b-0a1e00000004", "admin1", List.of("dealer-admin"));
    public static final User BPO_CRM = new User("5f0c2f57-2a43-4c1e-9a6b-0a1e00000005", "service-account-bpo-crm", List.of("bpo-integration"));

    private TestUsers() {
    }
}
