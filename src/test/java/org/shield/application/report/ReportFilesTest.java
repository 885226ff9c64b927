package org.shield.application.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.common.StorageException;
import org.shield.application.common.ValidationException;

/** A report's PDF is written whole under its name, or not at all. */
class ReportFilesTest {
    private static final byte[] PDF = "%PDF-1.6 DEMO-TEST synthetic bytes".getBytes();

    @TempDir
    Path dir;

    private long filesIn(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.count();
        }
    }

    @Test
    void savesTheWholeFileAndLeavesNothingElse() throws Exception {
        Path target = dir.resolve("case-summary_TST_RPT.pdf");

        ReportFiles.save(target, PDF, false);

        assertThat(target).hasBinaryContent(PDF);
        assertThat(filesIn(dir)).isEqualTo(1);
    }

    @Test
    void neverReplacesAFileUnlessAskedTo() throws Exception {
        Path target = dir.resolve("court.pdf");
        Files.writeString(target, "DEMO-TEST earlier");

        assertThatThrownBy(() -> ReportFiles.save(target, PDF, false)).isInstanceOf(ValidationException.class)
                .extracting(e -> ((ValidationException) e).userMessage().key()).isEqualTo("report.error.fileExists");
        assertThat(target).hasContent("DEMO-TEST earlier");
        assertThat(filesIn(dir)).isEqualTo(1);

        ReportFiles.save(target, PDF, true);

        assertThat(target).hasBinaryContent(PDF);
        assertThat(filesIn(dir)).isEqualTo(1);
    }

    @Test
    void aFolderThatIsNotThereLeavesNoPartialFile() {
        Path target = dir.resolve("missing").resolve("court.pdf");

        assertThatThrownBy(() -> ReportFiles.save(target, PDF, false)).isInstanceOf(StorageException.class)
                .extracting(e -> ((StorageException) e).userMessage().key()).isEqualTo("report.error.write");
        assertThat(dir.resolve("missing")).doesNotExist();
    }
}
