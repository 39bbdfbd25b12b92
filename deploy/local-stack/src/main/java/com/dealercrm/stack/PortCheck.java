package com.dealercrm.stack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Checks, before anything starts, that every port the stack needs is free. */
public final class PortCheck {

    private PortCheck() {
    }

    /**
     * Binds each port on the wildcard address for a moment, as the servers will.
     *
     * @throws PortInUseException naming every busy port and the option that changes it
     */
    public static void requireFree(Map<Component, Integer> ports, Collection<Component> components) {
        List<String> busy = new ArrayList<>();
        for (Component component : components) {
            int port = ports.get(component);
            if (!canBind(port)) {
                busy.add("Port " + port + " (" + component.displayName() + ") is already in use; stop the program that uses it"
                        + " or choose another port with " + component.portOption() + ".");
            }
        }
        if (!busy.isEmpty()) {
            throw new PortInUseException(String.join(System.lineSeparator(), busy));
        }
    }

    static boolean canBind(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** A port that the stack needs is taken by another program. */
    public static final class PortInUseException extends RuntimeException {

        public PortInUseException(String message) {
            super(message);
        }
    }
}
