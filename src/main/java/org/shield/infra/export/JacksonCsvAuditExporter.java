package org.shield.infra.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.shield.application.audit.AuditExporter;
import org.shield.application.audit.AuditRecord;
import org.shield.application.common.StorageException;
import org.shield.application.common.UserMessage;
import org.shield.domain.audit.ChangeSet;

/**
 * Writes audit records as CSV (Apache Commons CSV, RFC 4180) or JSON (Jackson), one record at a time:
 * nothing is buffered beyond the stream's own buffer, so an export of millions of entries runs in flat
 * memory. UTF-8 without a byte-order mark; times are ISO-8601 instants in UTC.
 * <p>
 * CSV columns: {@code sequence, time, user, action, record_type, record_id, changes}, where
 * {@code changes} is {@code field: old → new} joined by {@code "; "} ({@code field: new} when there is
 * no old value, as for an attribute of the action; an absent new value is left empty).
 * JSON: an array with one object per line, {@code {sequence, time, user, action, recordType, recordId,
 * changes: [{field, old, new}]}}, absent values as null.
 * <p>
 * A file that already exists is never overwritten. With no file, the records go to the given stream,
 * which is flushed but not closed. Blocking; call from a worker thread. Thread-safe (stateless); a
 * {@link Sink} is for one thread.
 */
public final class JacksonCsvAuditExporter implements AuditExporter {
    /** The CSV header, in column order. */
    public static final List<String> CSV_HEADER =
            List.of("sequence", "time", "user", "action", "record_type", "record_id", "changes");
    static final String ARROW = " \u2192 ";
    static final String SEPARATOR = "; ";

    private final JsonFactory json = new JsonFactory();

    @Override
    public Sink open(Path out, Format format, OutputStream stdout) throws StorageException {
        Objects.requireNonNull(format, "format");
        OutputStream target = out == null ? new KeepOpen(Objects.requireNonNull(stdout, "stdout")) : create(out);
        try {
            return format == Format.CSV ? new CsvSink(target) : new JsonSink(target);
        } catch (IOException e) {
            closeQuietly(target);
            throw new StorageException(new UserMessage("error.exportNotWritten"), e);
        }
    }

    private static OutputStream create(Path out) throws StorageException {
        try {
            // CREATE_NEW: the existence check and the creation are one atomic step
            return Files.newOutputStream(out, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw new StorageException(new UserMessage("error.exportExists"), e);
        } catch (IOException e) {
            throw new StorageException(new UserMessage("error.exportNotWritten"), e);
        }
    }

    /** {@code field: old → new; …} for one record. */
    static String changes(List<ChangeSet.Change> changes) {
        StringBuilder b = new StringBuilder();
        for (ChangeSet.Change c : changes) {
            if (b.length() > 0) {
                b.append(SEPARATOR);
            }
            b.append(c.field()).append(": ");
            if (c.oldValue() != null) {
                b.append(c.oldValue()).append(ARROW);
            }
            if (c.newValue() != null) {
                b.append(c.newValue());
            }
        }
        return b.toString();
    }

    static String time(AuditRecord r) {
        return r.at() == null ? null : DateTimeFormatter.ISO_INSTANT.format(r.at());
    }

    static String action(AuditRecord r) {
        return r.action() == null ? null : r.action().name();
    }

    private static void closeQuietly(OutputStream s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // already failing; the first error is the one reported
        }
    }

    /** Common part: turns IOExceptions into a StorageException with a user message. */
    private abstract static class BaseSink implements Sink {
        private boolean closed;

        abstract void writeRecord(AuditRecord r) throws IOException;

        abstract void finish() throws IOException;

        @Override
        public final void write(AuditRecord r) throws StorageException {
            if (closed) {
                throw new IllegalStateException("sink closed");
            }
            try {
                writeRecord(r);
            } catch (IOException e) {
                throw failure(e);
            }
        }

        @Override
        public final void close() throws StorageException {
            if (closed) {
                return;
            }
            closed = true;
            try {
                finish();
            } catch (IOException e) {
                throw failure(e);
            }
        }

        private static StorageException failure(IOException e) {
            return new StorageException(new UserMessage("error.exportNotWritten"), e);
        }
    }

    private static final class CsvSink extends BaseSink {
        private final CSVPrinter printer;

        CsvSink(OutputStream target) throws IOException {
            this.printer = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(target, StandardCharsets.UTF_8),
                    1 << 16), CSVFormat.RFC4180.builder().setHeader(CSV_HEADER.toArray(String[]::new)).get());
        }

        @Override
        void writeRecord(AuditRecord r) throws IOException {
            printer.printRecord(r.sequence(), time(r), FormulaGuard.cell(r.actor()), FormulaGuard.cell(action(r)),
                    FormulaGuard.cell(r.recordType()), r.recordId() == null ? null : r.recordId().toString(),
                    FormulaGuard.cell(changes(r.changes())));
        }

        @Override
        void finish() throws IOException {
            printer.close(true);
        }
    }

    private final class JsonSink extends BaseSink {
        private final JsonGenerator gen;
        private boolean first = true;

        JsonSink(OutputStream target) throws IOException {
            this.gen = json.createGenerator(target, JsonEncoding.UTF8);
            gen.setRootValueSeparator(null);
            gen.writeRaw("[");
        }

        @Override
        void writeRecord(AuditRecord r) throws IOException {
            gen.writeRaw(first ? "\n" : ",\n");
            first = false;
            gen.writeStartObject();
            gen.writeNumberField("sequence", r.sequence());
            gen.writeStringField("time", time(r));
            gen.writeStringField("user", r.actor());
            gen.writeStringField("action", action(r));
            gen.writeStringField("recordType", r.recordType());
            gen.writeStringField("recordId", r.recordId() == null ? null : r.recordId().toString());
            gen.writeArrayFieldStart("changes");
            for (ChangeSet.Change c : r.changes()) {
                gen.writeStartObject();
                gen.writeStringField("field", c.field());
                gen.writeStringField("old", c.oldValue());
                gen.writeStringField("new", c.newValue());
                gen.writeEndObject();
            }
            gen.writeEndArray();
            gen.writeEndObject();
        }

        @Override
        void finish() throws IOException {
            gen.writeRaw(first ? "]\n" : "\n]\n");
            gen.close();
        }
    }

    /** Standard output is the caller's: flush it, never close it. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
