package com.dealercrm.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ClassDataArchiveTest {

    @Test
    void firstStartWritesArchive() throws Exception {
        Path directory = Files.createTempDirectory("class-data");
        Path jar = Files.writeString(directory.resolve("quarkus-run.jar"), "jar");

        assertThat(new ClassDataArchive(directory.resolve("cds"), "lead-service", jar).jvmOptions())
                .containsExactly("-XX:ArchiveClassesAtExit=" + directory.resolve("cds/lead-service.jsa"));
    }

    @Test
    void matchingArchiveIsUsed() throws Exception {
        Path directory = Files.createTempDirectory("class-data");
        Path jar = Files.writeString(directory.resolve("quarkus-run.jar"), "jar");
        new ClassDataArchive(directory.resolve("cds"), "lead-service", jar).jvmOptions();
        Files.writeString(directory.resolve("cds/lead-service.jsa"), "archive written at exit");

        assertThat(new ClassDataArchive(directory.resolve("cds"), "lead-service", jar).jvmOptions())
                .containsExactly("-XX:SharedArchiveFile=" + directory.resolve("cds/lead-service.jsa"));
    }

    @Test
    void rebuiltJarReplacesArchive() throws Exception {
        Path directory = Files.createTempDirectory("class-data");
        Path jar = Files.writeString(directory.resolve("quarkus-run.jar"), "jar");
        Path archive = directory.resolve("cds/lead-service.jsa");
        new ClassDataArchive(directory.resolve("cds"), "lead-service", jar).jvmOptions();
        Files.writeString(archive, "archive of the previous build");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));

        assertThat(new ClassDataArchive(directory.resolve("cds"), "lead-service", jar).jvmOptions())
                .containsExactly("-XX:ArchiveClassesAtExit=" + archive);
        assertThat(archive).doesNotExist();
    }

    @Test
    void missingArchiveIsWrittenAgain() throws Exception {
        Path directory = Files.createTempDirectory("class-data");
        Path jar = Files.writeString(directory.resolve("quarkus-run.jar"), "jar");
        new ClassDataArchive(directory.resolve("cds"), "lead-service", jar).jvmOptions();

        assertThat(new ClassDataArchive(directory.resolve("cds"), "lead-service", jar).jvmOptions())
                .containsExactly("-XX:ArchiveClassesAtExit=" + directory.resolve("cds/lead-service.jsa"));
    }
}
