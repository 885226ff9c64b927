package org.shield.infra.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.shield.application.common.StorageException;
import org.shield.application.common.UserMessage;
import org.shield.application.evidence.CustodyEventDetails;
import org.shield.application.evidence.DisclosureManifest;
import org.shield.application.evidence.DisclosureWriter;
import org.shield.application.evidence.ExhibitDetails;
import org.shield.domain.evidence.Acquisition;
import org.shield.domain.evidence.ExhibitFlags;
import org.shield.domain.evidence.ExhibitSource;

/**
 * Writes the machine-readable part of a disclosure folder with Jackson and Apache Commons CSV:
 * <ul>
 * <li>{@code manifest.csv} and {@code manifest.json}: one row / object per exhibit ({@link #MANIFEST_COLUMNS});
 * the JSON wraps them in a header object {@code {caseNumber, producedAt, producedBy, purpose, generator,
 * exhibits: [...]}};</li>
 * <li>{@code custody/<exhibit>.csv} and {@code .json}: each exhibit's chain of custody in sequence order
 * ({@link #CUSTODY_COLUMNS}); the file name is the exhibit number reduced to {@code [A-Za-z0-9._-]}, so no
 * exhibit number can name a path outside {@code custody/};</li>
 * <li>{@code SHA256SUMS}: {@code sha256sum -c} lines for every exported exhibit file, so a defence examiner
 * can check the copies with a standard tool.</li>
 * </ul>
 * UTF-8 without a byte-order mark; CSV is RFC 4180 with a header row; times are ISO-8601 instants in UTC.
 * {@code match} is whether the written copy's SHA-256 equals the intake SHA-256 (empty / null when there
 * is no content or no copy).
 * <p>
 * CSV cells that a spreadsheet would run as a formula (starting with {@code = + - @}, a tab or a line
 * break) get a leading apostrophe ({@link #cell}); the JSON keeps every value exactly as recorded.
 * <p>
 * No file is ever overwritten (each is created with {@code CREATE_NEW}); if any file cannot be written,
 * the files this call already created are removed again. Blocking; call from a worker thread. Thread-safe
 * (stateless).
 */
public final class JacksonDisclosureWriter implements DisclosureWriter {
    public static final String GENERATOR = "SHIELD Case Desk";
    public static final String MANIFEST_CSV = "manifest.csv";
    public static final String MANIFEST_JSON = "manifest.json";
    public static final String CUSTODY_DIR = "custody";
    public static final String SUMS = "SHA256SUMS";

    /** Manifest columns (CSV header and JSON field names), in order. */
    public static final List<String> MANIFEST_COLUMNS = List.of("exhibitNumber", "type", "description", "file",
            "sizeBytes", "sha256", "md5", "sha1", "exportedSha256", "match", "originalFileName", "deviceMake",
            "deviceModel", "deviceSerial", "imei", "account", "url", "obtainedHow", "legalAuthority", "collectedBy",
            "collectedByRole", "collectedByBadge", "collectedAt", "timeZone", "place", "tool", "toolVersion",
            "condition", "sealNumber", "storageLocation", "identifiesVictim", "involvesMinor", "sexualContent",
            "parentNumber", "custodian", "integrity", "verifiedAt");

    /** Custody log columns (CSV header and JSON field names), in order. */
    public static final List<String> CUSTODY_COLUMNS = List.of("sequence", "action", "fromCustodian", "toCustodian",
            "occurredAt", "place", "purpose", "storageAfter", "hashChecked", "hashResult", "recordedBy", "recordedAt",
            "id", "previousEventId", "numberBefore", "numberAfter");

    private static final Acquisition NO_ACQUISITION =
            new Acquisition(null, null, null, null, null, null, null, null, null, null);

    private final JsonFactory json = new JsonFactory();

    public JacksonDisclosureWriter() {
        // stateless
    }

    @Override
    public void write(Path folder, DisclosureManifest manifest) throws StorageException {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(manifest, "manifest");
        for (DisclosureManifest.Item item : manifest.items()) {
            requireRelative(item.file());
        }
        List<Path> created = new ArrayList<>();
        try {
            List<Map<String, Object>> rows = manifest.items().stream().map(JacksonDisclosureWriter::manifestRow)
                    .toList();
            writeCsv(create(folder.resolve(MANIFEST_CSV), created), MANIFEST_COLUMNS, rows);
            Map<String, Object> head = new LinkedHashMap<>();
            head.put("caseNumber", manifest.caseNumber());
            head.put("producedAt", time(manifest.producedAt()));
            head.put("producedBy", manifest.producedBy());
            head.put("purpose", manifest.purpose());
            head.put("generator", GENERATOR);
            writeJson(create(folder.resolve(MANIFEST_JSON), created), head, "exhibits", rows);

            Path custody = folder.resolve(CUSTODY_DIR);
            if (!Files.isDirectory(custody, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectory(custody);
                created.add(custody);
            }
            for (DisclosureManifest.Item item : manifest.items()) {
                writeCustody(custody, manifest.caseNumber(), item, created);
            }
            writeSums(create(folder.resolve(SUMS), created), manifest.items());
        } catch (IOException e) {
            removeQuietly(created);
            throw failure(e);
        }
    }

    private void writeCustody(Path dir, String caseNumber, DisclosureManifest.Item item, List<Path> created)
            throws IOException {
        String exhibitNumber = item.exhibit().exhibitNumber();
        String base = safeFileName(exhibitNumber);
        List<Map<String, Object>> rows = item.custody() == null ? List.of()
                : item.custody().stream().sorted(Comparator.comparingInt(CustodyEventDetails::sequence)
                    .thenComparing(CustodyEventDetails::occurredAt).thenComparing(CustodyEventDetails::id))
                        .map(JacksonDisclosureWriter::custodyRow).toList();
        writeCsv(create(inside(dir, base + ".csv"), created), CUSTODY_COLUMNS, rows);
        Map<String, Object> head = new LinkedHashMap<>();
        head.put("caseNumber", caseNumber);
        head.put("exhibitNumber", exhibitNumber);
        head.put("generator", GENERATOR);
        writeJson(create(inside(dir, base + ".json"), created), head, "events", rows);
    }

    private static Map<String, Object> manifestRow(DisclosureManifest.Item item) {
        ExhibitDetails x = item.exhibit();
        ExhibitSource s = x.source() == null ? ExhibitSource.NONE : x.source();
        Acquisition a = x.acquisition() == null ? NO_ACQUISITION : x.acquisition();
        ExhibitFlags f = x.flags() == null ? ExhibitFlags.NONE : x.flags();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("exhibitNumber", x.exhibitNumber());
        m.put("type", name(x.type()));
        m.put("description", x.description());
        m.put("file", item.file() == null ? null : portable(item.file()));
        m.put("sizeBytes", x.sizeBytes());
        m.put("sha256", x.sha256());
        m.put("md5", x.hashes() == null ? null : x.hashes().md5());
        m.put("sha1", x.hashes() == null ? null : x.hashes().sha1());
        m.put("exportedSha256", item.exportedSha256());
        m.put("match", x.hasContent() && item.exportedSha256() != null
                ? x.sha256().equalsIgnoreCase(item.exportedSha256()) : null);
        m.put("originalFileName", x.originalFileName());
        m.put("deviceMake", s.deviceMake());
        m.put("deviceModel", s.deviceModel());
        m.put("deviceSerial", s.deviceSerial());
        m.put("imei", s.imei());
        m.put("account", s.account());
        m.put("url", s.url());
        m.put("obtainedHow", a.obtainedHow());
        m.put("legalAuthority", a.legalAuthority());
        m.put("collectedBy", a.collectedBy());
        m.put("collectedByRole", a.collectedByRole());
        m.put("collectedByBadge", a.collectedByBadge());
        m.put("collectedAt", time(a.collectedAt()));
        m.put("timeZone", a.timeZone());
        m.put("place", a.place());
        m.put("tool", a.tool());
        m.put("toolVersion", a.toolVersion());
        m.put("condition", x.condition());
        m.put("sealNumber", x.sealNumber());
        m.put("storageLocation", x.storageLocation());
        m.put("identifiesVictim", f.identifiesVictim());
        m.put("involvesMinor", f.involvesMinor());
        m.put("sexualContent", f.sexualContent());
        m.put("parentNumber", x.parentNumber());
        m.put("custodian", x.custodian());
        m.put("integrity", name(x.integrity()));
        m.put("verifiedAt", time(x.verifiedAt()));
        return m;
    }

    private static Map<String, Object> custodyRow(CustodyEventDetails e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sequence", e.sequence());
        m.put("action", name(e.action()));
        m.put("fromCustodian", e.fromCustodian());
        m.put("toCustodian", e.toCustodian());
        m.put("occurredAt", time(e.occurredAt()));
        m.put("place", e.place());
        m.put("purpose", e.purpose());
        m.put("storageAfter", e.storageAfter());
        m.put("hashChecked", e.hashChecked());
        m.put("hashResult", name(e.hashResult()));
        m.put("recordedBy", e.recordedBy());
        m.put("recordedAt", time(e.recordedAt()));
        m.put("id", id(e.id()));
        m.put("previousEventId", id(e.previousEventId()));
        m.put("numberBefore", e.numberBefore());
        m.put("numberAfter", e.numberAfter());
        return m;
    }

    private static void writeCsv(OutputStream target, List<String> columns, List<Map<String, Object>> rows)
            throws IOException {
        try (Writer w = writer(target);
             CSVPrinter printer = new CSVPrinter(w,
                     CSVFormat.RFC4180.builder().setHeader(columns.toArray(String[]::new)).get())) {
            for (Map<String, Object> row : rows) {
                for (String c : columns) {
                    Object v = row.get(c);
                    printer.print(v instanceof String s ? FormulaGuard.cell(s) : v);
                }
                printer.println();
            }
        }
    }

    private void writeJson(OutputStream target, Map<String, Object> head, String arrayName,
            List<Map<String, Object>> rows) throws IOException {
        try (target; JsonGenerator gen = json.createGenerator(target, JsonEncoding.UTF8)) {
            gen.useDefaultPrettyPrinter();
            gen.writeStartObject();
            for (Map.Entry<String, Object> e : head.entrySet()) {
                field(gen, e.getKey(), e.getValue());
            }
            gen.writeArrayFieldStart(arrayName);
            for (Map<String, Object> row : rows) {
                gen.writeStartObject();
                for (Map.Entry<String, Object> e : row.entrySet()) {
                    field(gen, e.getKey(), e.getValue());
                }
                gen.writeEndObject();
            }
            gen.writeEndArray();
            gen.writeEndObject();
            gen.writeRaw('\n');
        }
    }

    private static void field(JsonGenerator gen, String name, Object v) throws IOException {
        if (v == null) {
            gen.writeNullField(name);
        } else if (v instanceof Boolean b) {
            gen.writeBooleanField(name, b);
        } else if (v instanceof Long l) {
            gen.writeNumberField(name, l);
        } else if (v instanceof Integer i) {
            gen.writeNumberField(name, i);
        } else {
            gen.writeStringField(name, v.toString());
        }
    }

    /** {@code <sha256>  <file>} per exported copy, in the format GNU {@code sha256sum -c} reads. */
    private static void writeSums(OutputStream target, List<DisclosureManifest.Item> items) throws IOException {
        try (Writer w = writer(target)) {
            for (DisclosureManifest.Item item : items) {
                if (item.file() == null || item.exportedSha256() == null) {
                    continue;
                }
                String file = portable(item.file());
                String hash = item.exportedSha256().toLowerCase(Locale.ROOT);
                // GNU coreutils: a name with a backslash or line break is escaped and the line starts with '\'
                boolean escape = file.indexOf('\\') >= 0 || file.indexOf('\n') >= 0 || file.indexOf('\r') >= 0;
                if (escape) {
                    file = file.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
                    w.write('\\');
                }
                w.write(hash);
                w.write("  ");
                w.write(file);
                w.write('\n');
            }
        }
    }

    /** The exhibit number as a file name: only {@code [A-Za-z0-9._-]}, never empty, never hidden. */
    static String safeFileName(String exhibitNumber) {
        String s = exhibitNumber == null || exhibitNumber.isEmpty() ? "_"
                : exhibitNumber.replaceAll("[^A-Za-z0-9._-]", "_");
        return s.startsWith(".") ? "_" + s.substring(1) : s;
    }

    private static Path inside(Path dir, String name) throws IOException {
        Path p = dir.resolve(name).normalize();
        if (!dir.normalize().equals(p.getParent())) {
            throw new IOException("file name outside the folder");
        }
        return p;
    }

    /** Written copies are named relative to the folder, inside it. */
    private static void requireRelative(String file) {
        if (file == null) {
            return;
        }
        String p = portable(file);
        if (p.isEmpty() || p.startsWith("/") || p.matches("^[A-Za-z]:.*")
                || List.of(p.split("/")).stream().anyMatch(s -> s.equals("..") || s.isEmpty())) {
            throw new IllegalArgumentException("disclosed file must be a path inside the folder");
        }
    }

    /** A relative path with '/' separators whatever the platform. */
    private static String portable(String file) {
        char sep = java.io.File.separatorChar;
        return sep == '/' ? file : file.replace(sep, '/');
    }

    private static OutputStream create(Path file, List<Path> created) throws IOException {
        // CREATE_NEW: the existence check and the creation are one atomic step, so nothing is overwritten
        OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        created.add(file);
        return new BufferedOutputStream(out, 1 << 16);
    }

    private static Writer writer(OutputStream out) {
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    private static String time(Instant t) {
        return t == null ? null : DateTimeFormatter.ISO_INSTANT.format(t);
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    private static String id(UUID id) {
        return id == null ? null : id.toString();
    }

    private static StorageException failure(IOException e) {
        if (e instanceof FileAlreadyExistsException) {
            return new StorageException(new UserMessage("error.exportExists"), e);
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("No space left")) {
                return new StorageException(new UserMessage("error.diskFull"), e);
            }
        }
        return new StorageException(new UserMessage("error.storage"), e);
    }

    /** Undoes a failed write: only what this call created, newest first (the custody folder last). */
    private static void removeQuietly(List<Path> created) {
        for (int i = created.size() - 1; i >= 0; i--) {
            try {
                Files.deleteIfExists(created.get(i));
            } catch (IOException ignored) {
                // already failing; the first error is the one reported
            }
        }
    }
}
