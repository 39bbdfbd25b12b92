package com.dealercrm.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A JDK class-data-sharing archive of one service, kept in the data folder to shorten later starts.
 * A service started without a valid archive writes one when it exits ({@code -XX:ArchiveClassesAtExit});
 * the next start maps it ({@code -XX:SharedArchiveFile}). A stamp file ties the archive to the
 * service jar's build time and the JDK, so a rebuilt service or another JDK writes a new one.
 */
final class ClassDataArchive {

    private final Path archive;
    private final Path stamp;
    private final String expectedStamp;

    ClassDataArchive(Path directory, String serviceName, Path serviceJar) {
        this.archive = directory.resolve(serviceName + ".jsa");
        this.stamp = directory.resolve(serviceName + ".stamp");
        this.expectedStamp = buildStamp(serviceJar);
    }

    /** Returns the JVM option that uses the archive when it matches this build, or else writes a new one at exit. */
    List<String> jvmOptions() {
        try {
            if (Files.isRegularFile(archive) && Files.isRegularFile(stamp) && Files.readString(stamp).equals(expectedStamp)) {
                return List.of("-XX:SharedArchiveFile=" + archive);
            }
            Files.createDirectories(archive.getParent());
            Files.deleteIfExists(archive);
            Files.writeString(stamp, expectedStamp);
            return List.of("-XX:ArchiveClassesAtExit=" + archive);
        } catch (IOException e) {
            throw new UncheckedIOException("Preparing the class-data archive " + archive + " failed: " + e.getMessage(), e);
        }
    }

    private static String buildStamp(Path serviceJar) {
        try {
            return "jar-modified=" + Files.getLastModifiedTime(serviceJar).toMillis()
                    + "\njava-home=" + System.getProperty("java.home")
                    + "\njava-version=" + System.getProperty("java.vm.version") + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException("Reading " + serviceJar + " failed: " + e.getMessage(), e);
        }
    }
}
