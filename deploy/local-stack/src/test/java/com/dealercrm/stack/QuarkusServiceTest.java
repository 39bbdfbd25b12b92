package com.dealercrm.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuarkusServiceTest {

    @ParameterizedTest
    @CsvSource({
            "17.0.8, false",
            "17.0.9, true",
            "17.0.15, true",
            "18.0.2, false",
            "20.0.1, false",
            "21, false",
            "21.0.1, true",
            "22, true",
            "25.0.1, true"})
    void nativeHeapTrimNeedsSupportingJdk(String version, boolean expected) {
        boolean added = !QuarkusService.nativeHeapTrimOptions(Runtime.Version.parse(version)).isEmpty();

        assertThat(added).isEqualTo(expected);
    }

    @Test
    void usesBuiltArchive(@TempDir Path applicationFolder) throws IOException {
        Files.write(applicationFolder.resolve("app-cds.jsa"), new byte[] {1});

        assertThat(QuarkusService.classDataSharingOptions(applicationFolder))
                .containsExactly("-XX:SharedArchiveFile=app-cds.jsa", "-Xshare:auto");
    }

    @Test
    void skipsMissingArchive(@TempDir Path applicationFolder) {
        assertThat(QuarkusService.classDataSharingOptions(applicationFolder)).isEmpty();
    }
}
