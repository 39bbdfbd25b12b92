package com.dealercrm.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class StackDataTest {

    @Test
    void wipeDeletesMarkedFolder() throws Exception {
        Path root = Files.createTempDirectory("stack-data");
        StackData data = new StackData(root);
        data.prepare();
        Files.createDirectories(data.postgresDirectory().resolve("base"));
        Files.writeString(data.logFile("kafka"), "log line\n");

        data.wipe();

        assertThat(root).doesNotExist();
    }

    @Test
    void wipeKeepsUnmarkedFolder() throws Exception {
        Path root = Files.createTempDirectory("not-stack-data");
        Path precious = Files.writeString(root.resolve("notes.txt"), "keep me\n");

        assertThatThrownBy(() -> new StackData(root).wipe())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Not wiping " + root)
                .hasMessageContaining("--data-dir");
        assertThat(precious).exists();
    }

    @Test
    void wipeOfMissingFolderDoesNothing() throws Exception {
        Path root = Files.createTempDirectory("stack-data").resolve("absent");

        new StackData(root).wipe();

        assertThat(root).doesNotExist();
    }
}
