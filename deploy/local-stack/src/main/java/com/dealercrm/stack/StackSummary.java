package com.dealercrm.stack;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** The text the launcher prints once every component is ready. */
final class StackSummary {

    private StackSummary() {
    }

    static String render(StackOptions options, List<StartedComponent> components, StackData data, Duration startupTime) {
        int gatewayPort = options.port(Component.GATEWAY);
        int keycloakPort = options.port(Component.KEYCLOAK);
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "%nDealer CRM local stack is ready after %.1f s.%n%n", startupTime.toMillis() / 1000.0));
        text.append("Gateway:  http://localhost:").append(gatewayPort).append('\n');
        text.append("Keycloak: ").append(KeycloakServer.baseUrl(keycloakPort)).append(" (realm ").append(KeycloakServer.REALM)
                .append("; admin console user ").append(KeycloakServer.ADMIN_USER).append(" / ").append(KeycloakServer.ADMIN_PASSWORD)
                .append(")\n\n");

        text.append("Get an access token for agent1 (users agent1, agent2, manager1, admin1; password = user name):\n");
        text.append("  TOKEN=$(curl -s -d client_id=dealer-console -d grant_type=password -d username=agent1 -d password=agent1 \\\n");
        text.append("    ").append(KeycloakServer.tokenUrl(keycloakPort)).append(" \\\n");
        text.append("    | sed -E 's/.*\"access_token\":\"([^\"]+)\".*/\\1/')\n");
        text.append("  curl -H \"Authorization: Bearer $TOKEN\" http://localhost:").append(gatewayPort).append("/api/leads\n\n");

        text.append(String.format(Locale.ROOT, "%-18s %6s %8s %9s  %s%n", "component", "port", "pid", "ready (s)", "log file"));
        for (StartedComponent component : components) {
            text.append(String.format(Locale.ROOT, "%-18s %6d %8d %9.1f  %s%n", component.name(), component.port(), component.pid(),
                    component.readyAfter().toMillis() / 1000.0, component.logFile()));
        }
        text.append("\nData folder: ").append(data.root()).append(" (deploy/run --wipe deletes it)\n");
        if (options.exitAfterStart()) {
            text.append("Stopping now because of --exit-after-start.\n");
        } else if (options.demo()) {
            text.append("Starting the demo.\n");
        } else {
            text.append("Press Ctrl+C to stop everything.\n");
        }
        return text.toString();
    }
}
