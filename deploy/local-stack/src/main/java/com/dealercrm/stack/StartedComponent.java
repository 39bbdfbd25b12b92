package com.dealercrm.stack;

import java.nio.file.Path;
import java.time.Duration;

/** A component of the running stack: where it listens, its process, how long it took to become ready, and its log. */
record StartedComponent(Component component, String name, int port, long pid, Duration readyAfter, Path logFile) {
}
