package com.dealercrm.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class StackOptionsTest {

    private static final Path ROOT = Path.of("/work/dealer-crm");

    @Test
    void defaultsMatchDocumentedPorts() {
        StackOptions options = StackOptions.parse(List.of(), ROOT);

        assertThat(options.dataDirectory()).isEqualTo(ROOT.resolve(".dealer-crm"));
        assertThat(options.wipe()).isFalse();
        assertThat(options.exitAfterStart()).isFalse();
        assertThat(options.port(Component.GATEWAY)).isEqualTo(8080);
        assertThat(options.port(Component.KEYCLOAK)).isEqualTo(8180);
        assertThat(options.port(Component.POSTGRES)).isEqualTo(5442);
        assertThat(options.port(Component.KAFKA)).isEqualTo(9092);
        assertThat(options.port(Component.LEAD_SERVICE)).isEqualTo(8081);
        assertThat(options.port(Component.QUOTATION_SERVICE)).isEqualTo(8082);
        assertThat(options.port(Component.DELIVERY_SERVICE)).isEqualTo(8083);
        assertThat(options.port(Component.BPO_CONNECTOR)).isEqualTo(8084);
        assertThat(options.port(Component.AUDIT_SERVICE)).isEqualTo(8085);
        assertThat(options.port(Component.BPO_SIMULATOR)).isEqualTo(8069);
    }

    @Test
    void flagsAndPortsAreParsed() {
        StackOptions options = StackOptions.parse(
                List.of("--wipe", "--exit-after-start", "--gateway-port", "18080", "--kafka-port=19092", "--data-dir", "/tmp/stack"), ROOT);

        assertThat(options.wipe()).isTrue();
        assertThat(options.exitAfterStart()).isTrue();
        assertThat(options.port(Component.GATEWAY)).isEqualTo(18080);
        assertThat(options.port(Component.KAFKA)).isEqualTo(19092);
        assertThat(options.dataDirectory()).isEqualTo(Path.of("/tmp/stack"));
    }

    @Test
    void relativeDataDirUsesWorkingDirectory() {
        StackOptions options = StackOptions.parse(List.of("--data-dir", "stack-data"), ROOT);

        assertThat(options.dataDirectory()).isEqualTo(Path.of("stack-data").toAbsolutePath());
    }

    @Test
    void unknownOptionIsRejected() {
        assertThatThrownBy(() -> StackOptions.parse(List.of("--teleport"), ROOT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown option --teleport; see deploy/run --help.");
    }

    @Test
    void demoOptionsAreParsed() {
        StackOptions plain = StackOptions.parse(List.of(), ROOT);
        StackOptions demo = StackOptions.parse(List.of("--demo"), ROOT);
        StackOptions exitAfterDemo = StackOptions.parse(List.of("--exit-after-demo"), ROOT);

        assertThat(plain.demo()).isFalse();
        assertThat(demo.demo()).isTrue();
        assertThat(demo.exitAfterDemo()).isFalse();
        assertThat(exitAfterDemo.demo()).isTrue();
        assertThat(exitAfterDemo.exitAfterDemo()).isTrue();
    }

    @Test
    void missingValueIsRejected() {
        assertThatThrownBy(() -> StackOptions.parse(List.of("--gateway-port", "--wipe"), ROOT))
                .hasMessage("Option --gateway-port needs a value; see deploy/run --help.");
    }

    @Test
    void invalidPortIsRejected() {
        assertThatThrownBy(() -> StackOptions.parse(List.of("--keycloak-port", "eighty"), ROOT))
                .hasMessage("Invalid port 'eighty' for --keycloak-port: expected a number from 1 to 65535.");
        assertThatThrownBy(() -> StackOptions.parse(List.of("--keycloak-port", "70000"), ROOT))
                .hasMessage("Invalid port 70000 for --keycloak-port: expected a number from 1 to 65535.");
    }

    @Test
    void sharedPortIsRejected() {
        assertThatThrownBy(() -> StackOptions.parse(List.of("--audit-service-port", "8081"), ROOT))
                .hasMessageContaining("Port 8081 is set for both")
                .hasMessageContaining("lead-service")
                .hasMessageContaining("audit-service");
    }

    @Test
    void usageListsEveryPortOption() {
        String usage = StackOptions.usage();

        for (Component component : Component.values()) {
            assertThat(usage).contains(component.portOption() + " PORT").contains("(default: " + component.defaultPort() + ")");
        }
        assertThat(usage).contains("--data-dir", "--wipe", "--exit-after-start", "--build");
    }
}
