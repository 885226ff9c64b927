package org.shield.infra.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.audit.AuditExporter;
import org.shield.application.audit.AuditExporter.Format;
import org.shield.application.audit.AuditRecord;
import org.shield.application.common.StorageException;
import org.shield.domain.audit.AuditAction;
import org.shield.domain.audit.ChangeSet;

class JacksonCsvAuditExporterTest {
    private static final UUID RECORD = UUID.fromString("0190f000-0000-7000-8000-000000000001");
    private static final Instant AT = Instant.parse("2026-11-28T03:04:05.123456789Z");

    @TempDir
    Path tmp;

    private final JacksonCsvAuditExporter exporter = new JacksonCsvAuditExporter();

    private static AuditRecord update() {
        return new AuditRecord(7, AT, "demo-investigator", AuditAction.Update, "CaseFile", RECORD, List.of(
                new ChangeSet.Change("status", "Active", "FollowUp"),
                new ChangeSet.Change("title", "DEMO old, \"quoted\"", "DEMO new\nsecond line"),
                new ChangeSet.Change("summary", "DEMO gone", null)));
    }

    private static AuditRecord signIn() {
        return new AuditRecord(8, AT.plusSeconds(1), "demo-admin", AuditAction.SignIn, "Vault", null, List.of());
    }

    private static AuditRecord export() {
        return new AuditRecord(9, AT.plusSeconds(2), "demo-admin", AuditAction.Export, "AuditTrail", null,
                List.of(new ChangeSet.Change("format", null, "CSV")));
    }

    private String write(Format format, AuditRecord... records) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (AuditExporter.Sink sink = exporter.open(null, format, out)) {
            for (AuditRecord r : records) {
                sink.write(r);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void csvHasTheHeaderAndOneRowPerRecordWithChangesAsFieldOldArrowNew() throws Exception {
        List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(write(Format.CSV, update(), signIn(), export())))
                .getRecords();
        assertThat(rows.get(0).values()).containsExactly("sequence", "time", "user", "action", "record_type",
                "record_id", "changes");
        assertThat(rows).hasSize(4);
        assertThat(rows.get(1).values()).containsExactly("7", "2026-11-28T03:04:05.123456789Z", "demo-investigator",
                "Update", "CaseFile", RECORD.toString(), "status: Active \u2192 FollowUp; title: DEMO old, \"quoted\""
                        + " \u2192 DEMO new\nsecond line; summary: DEMO gone \u2192 ");
        assertThat(rows.get(2).values()).containsExactly("8", "2026-11-28T03:04:06.123456789Z", "demo-admin", "SignIn",
                "Vault", "", "");
        assertThat(rows.get(3).get(6)).isEqualTo("format: CSV");
    }

    @Test
    void jsonIsAnArrayOfObjectsWithAChangesArray() throws Exception {
        JsonNode a = new ObjectMapper().readTree(write(Format.JSON, update(), signIn()));
        assertThat(a.isArray()).isTrue();
        assertThat(a).hasSize(2);
        JsonNode u = a.get(0);
        assertThat(u.get("sequence").asLong()).isEqualTo(7);
        assertThat(u.get("time").asText()).isEqualTo("2026-11-28T03:04:05.123456789Z");
        assertThat(u.get("user").asText()).isEqualTo("demo-investigator");
        assertThat(u.get("action").asText()).isEqualTo("Update");
        assertThat(u.get("recordType").asText()).isEqualTo("CaseFile");
        assertThat(u.get("recordId").asText()).isEqualTo(RECORD.toString());
        assertThat(u.get("changes")).hasSize(3);
        assertThat(u.get("changes").get(1).get("field").asText()).isEqualTo("title");
        assertThat(u.get("changes").get(1).get("old").asText()).isEqualTo("DEMO old, \"quoted\"");
        assertThat(u.get("changes").get(1).get("new").asText()).isEqualTo("DEMO new\nsecond line");
        assertThat(u.get("changes").get(2).get("new").isNull()).isTrue();
        assertThat(a.get(1).get("recordId").isNull()).isTrue();
        assertThat(a.get(1).get("changes")).isEmpty();
    }

    @Test
    void jsonPutsOneRecordOnEachLine() throws Exception {
        assertThat(write(Format.JSON, update(), signIn(), export()).lines()).hasSize(5);
    }

    @Test
    void anEmptyExportIsAnEmptyArrayOrJustTheHeader() throws Exception {
        assertThat(new ObjectMapper().readTree(write(Format.JSON))).isEmpty();
        assertThat(write(Format.CSV).strip()).isEqualTo(String.join(",", JacksonCsvAuditExporter.CSV_HEADER));
    }

    @Test
    void writesThaiAsUtf8() throws Exception {
        AuditRecord thai = new AuditRecord(1, AT, "demo-admin", AuditAction.Update, "CaseFile", RECORD,
                List.of(new ChangeSet.Change("title", null, "คดีสาธิต DEMO")));
        assertThat(write(Format.CSV, thai)).contains("title: คดีสาธิต DEMO");
        assertThat(new ObjectMapper().readTree(write(Format.JSON, thai)).get(0).get("changes").get(0).get("new")
                .asText()).isEqualTo("คดีสาธิต DEMO");
    }

    @Test
    void writesToANewFile() throws Exception {
        Path file = tmp.resolve("trail.csv");
        try (AuditExporter.Sink sink = exporter.open(file, Format.CSV, null)) {
            sink.write(signIn());
        }
        assertThat(Files.readAllLines(file)).hasSize(2);
    }

    @Test
    void refusesToOverwriteAnExistingFileAndLeavesItAlone() throws Exception {
        Path file = tmp.resolve("existing.json");
        Files.writeString(file, "keep me");
        assertThatThrownBy(() -> exporter.open(file, Format.JSON, null)).isInstanceOf(StorageException.class)
                .satisfies(e -> assertThat(((StorageException) e).userMessage().key()).isEqualTo("error.exportExists"));
        assertThat(Files.readString(file)).isEqualTo("keep me");
    }

    @Test
    void aFolderThatDoesNotExistIsAStorageErrorWithAMessage() {
        assertThatThrownBy(() -> exporter.open(tmp.resolve("no/such/dir/x.csv"), Format.CSV, null))
                .isInstanceOf(StorageException.class)
                .satisfies(e -> assertThat(((StorageException) e).userMessage().key())
                        .isEqualTo("error.exportNotWritten"));
    }

    @Test
    void leavesTheCallersStreamOpen() throws Exception {
        boolean[] closed = {false};
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        OutputStream stdout = new OutputStream() {
            @Override
            public void write(int b) {
                bytes.write(b);
            }

            @Override
            public void close() {
                closed[0] = true;
            }
        };
        try (AuditExporter.Sink sink = exporter.open(null, Format.JSON, stdout)) {
            sink.write(signIn());
        }
        assertThat(closed[0]).isFalse();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("\"SignIn\"");
    }

    @Test
    void streamsRecordsInsteadOfHoldingThemUntilTheEnd() throws Exception {
        CountingStream out = new CountingStream();
        try (AuditExporter.Sink sink = exporter.open(null, Format.CSV, out)) {
            for (int i = 0; i < 20_000; i++) {
                sink.write(update());
            }
            // the writer's buffer is 64 KiB; 20,000 rows are megabytes, so most must already be out
            assertThat(out.count).isGreaterThan(1_000_000);
        }
    }

    @Test
    void aFailingStreamIsAStorageError() throws Exception {
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("synthetic failure");
            }
        };
        AuditExporter.Sink sink = exporter.open(null, Format.CSV, broken);
        assertThatThrownBy(() -> {
            for (int i = 0; i < 10_000; i++) {
                sink.write(update());
            }
            sink.close();
        }).isInstanceOf(StorageException.class);
    }

    private static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
