package com.dealercrm.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dealercrm.infra.Ports;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PortCheckTest {

    @Test
    void busyPortNamesPortAndOption() throws Exception {
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Map<Component, Integer> ports = freePorts();
            ports.put(Component.GATEWAY, busy.getLocalPort());

            assertThatThrownBy(() -> PortCheck.requireFree(ports, List.of(Component.values())))
                    .isInstanceOf(PortCheck.PortInUseException.class)
                    .hasMessage("Port " + busy.getLocalPort() + " (gateway) is already in use; stop the program that uses it"
                            + " or choose another port with --gateway-port.");
        }
    }

    @Test
    void everyBusyPortIsListed() throws Exception {
        try (ServerSocket kafka = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                ServerSocket audit = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Map<Component, Integer> ports = freePorts();
            ports.put(Component.KAFKA, kafka.getLocalPort());
            ports.put(Component.AUDIT_SERVICE, audit.getLocalPort());

            assertThatThrownBy(() -> PortCheck.requireFree(ports, List.of(Component.values())))
                    .hasMessageContaining("Port " + kafka.getLocalPort() + " (kafka)")
                    .hasMessageContaining("--kafka-port")
                    .hasMessageContaining("Port " + audit.getLocalPort() + " (audit-service)")
                    .hasMessageContaining("--audit-service-port");
        }
    }

    @Test
    void busyPortOfSkippedComponentPasses() throws Exception {
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Map<Component, Integer> ports = freePorts();
            ports.put(Component.BPO_SIMULATOR, busy.getLocalPort());

            assertThatNoException().isThrownBy(() -> PortCheck.requireFree(ports, List.of(Component.GATEWAY, Component.KAFKA)));
        }
    }

    @Test
    void freePortsPass() {
        assertThatNoException().isThrownBy(() -> PortCheck.requireFree(freePorts(), List.of(Component.values())));
    }

    @Test
    void launcherStartsNothingWhenPortBusy() throws Exception {
        Path dataDirectory = Files.createTempDirectory("local-stack-test").resolve("data");
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Map<Component, Integer> ports = freePorts();
            ports.put(Component.POSTGRES, busy.getLocalPort());
            StackOptions options = new StackOptions(dataDirectory, false, true, false, ports);

            int exitCode = LocalStack.run(options, BuildLayout.load());

            assertThat(exitCode).isEqualTo(1);
            assertThat(dataDirectory).doesNotExist();
        }
    }

    private static Map<Component, Integer> freePorts() {
        Map<Component, Integer> ports = new EnumMap<>(Component.class);
        for (Component component : Component.values()) {
            ports.put(component, Ports.freePort());
        }
        return ports;
    }
}
