package org.shield.infra.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.security.DataKey;

/**
 * The vault file through {@link XtsFilePath} is the file H2's own {@code CIPHER=AES} writes (ADR 0022): a vault made
 * by an earlier version opens, and a vault made by this one opens with H2's cipher (an older app, a recovery by
 * hand). A snapshot (backups, the copy kept before a migration) holds the file as it is on disk, encrypted, and opens
 * as a vault.
 */
class VaultFileFormatIT {
    private static final String MARK = "DEMO-XTS-MARKER-ROW";

    @TempDir
    Path dir;

    private static DataKey newKey() {
        byte[] raw = new byte[DataKey.LENGTH];
        new java.security.SecureRandom().nextBytes(raw);
        return new DataKey(raw);
    }

    /** A connection with H2's own cipher, as versions before ADR 0022 opened the vault. */
    private static Connection withH2sCipher(Path vault, DataKey key) throws Exception {
        Path file = vault.resolve("db").resolve("shield").toAbsolutePath();
        return DriverManager.getConnection("jdbc:h2:file:" + file + ";CIPHER=AES;TRACE_LEVEL_FILE=0", "SHIELD",
                VaultDatabase.derive(key, "h2-file") + " " + VaultDatabase.derive(key, "h2-user"));
    }

    private static List<String> marks(Connection c) throws Exception {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select v from demo_mark order by v")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    @Test
    void aFileWrittenWithH2sCipherOpensAndTheOtherWayRound() throws Exception {
        DataKey key = newKey();
        Files.createDirectories(dir.resolve("db"));
        try (Connection c = withH2sCipher(dir, key); Statement st = c.createStatement()) {
            st.execute("create table demo_mark (v varchar(64))");
            st.execute("insert into demo_mark values ('" + MARK + "-1')");
        }
        try (HikariDataSource ds = new HikariDataSource(VaultDatabase.hikari(dir, key, true));
             Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            assertThat(marks(c)).containsExactly(MARK + "-1");
            st.execute("insert into demo_mark values ('" + MARK + "-2')");
            // enough rows that the file grows by many chunks, each written through the new channel
            st.execute("insert into demo_mark select 'DEMO-' || x from system_range(1, 20000)");
        }
        try (Connection c = withH2sCipher(dir, key)) {
            assertThat(marks(c)).hasSize(20002).contains(MARK + "-1", MARK + "-2");
        }
        assertThat(new String(Files.readAllBytes(dir.resolve("db").resolve("shield.mv.db")),
                StandardCharsets.ISO_8859_1)).startsWith("H2encrypt\n").doesNotContain("DEMO-");
    }

    @Test
    void aSnapshotIsTheEncryptedFileAndOpensAsAVault() throws Exception {
        DataKey key = newKey();
        Path vault = dir.resolve("vault");
        Path zip = dir.resolve("snapshot.zip");
        try (VaultDatabase db = VaultDatabase.open(vault, key, false, true, false)) {
            try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement()) {
                st.execute("create table demo_mark (v varchar(64))");
                st.execute("insert into demo_mark values ('" + MARK + "')");
            }
            db.snapshot(zip);
        }
        byte[] zipped = Files.readAllBytes(zip);
        assertThat(new String(zipped, StandardCharsets.ISO_8859_1)).doesNotContain("DEMO-XTS").doesNotContain(
                "case_file");
        Path copy = dir.resolve("copy");
        Files.createDirectories(copy.resolve("db"));
        List<String> names = new ArrayList<>();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            ZipEntry e;
            while ((e = z.getNextEntry()) != null) {
                names.add(e.getName());
                byte[] body = z.readAllBytes();
                assertThat(Arrays.copyOf(body, 10)).isEqualTo("H2encrypt\n".getBytes(StandardCharsets.ISO_8859_1));
                Files.write(copy.resolve("db").resolve(e.getName()), body);
            }
        }
        assertThat(names).containsExactly("shield.mv.db");
        try (Connection c = withH2sCipher(copy, key)) {
            assertThat(marks(c)).containsExactly(MARK);
        }
        try (VaultDatabase db = VaultDatabase.open(copy, key, true, true, false);
             Connection c = db.dataSource().getConnection()) {
            assertThat(marks(c)).containsExactly(MARK);
        }
    }
}
