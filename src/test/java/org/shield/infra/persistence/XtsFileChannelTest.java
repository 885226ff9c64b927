package org.shield.infra.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.encrypt.FilePathEncrypt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The vault file's encryption writes H2's encrypted format byte for byte: what it writes, H2's own
 * {@code FilePathEncrypt} reads, and the other way round, through random writes of whole sectors (all that H2's
 * MVStore writes), truncations and reopenings, each checked against a plain byte array. Ours also writes parts of
 * sectors (H2's own channel does not do that right: it reads past the end of the file), which H2's then reads.
 */
class XtsFileChannelTest {
    private static final String PASSWORD = "demo-test-password";
    private static final byte[] MARKER = "DEMO-XTS-PLAINTEXT-MARKER".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path dir;
    private String token;

    @BeforeEach
    void keepPassword() {
        FilePathEncrypt.register();
        token = "t" + System.nanoTime();
        XtsFilePath.remember(token, PASSWORD.getBytes(StandardCharsets.UTF_8)); // FilePathEncrypt's password bytes
    }

    @AfterEach
    void forgetPassword() {
        XtsFilePath.forget(token);
    }

    private String ours(Path file) {
        return XtsFilePath.prefix(token) + file;
    }

    private static String h2s(Path file) {
        return "encrypt:" + PASSWORD + ":" + file;
    }

    @Test
    void wholeSectorsWrittenByEitherAreReadByBoth() throws IOException {
        for (long seed = 1; seed <= 12; seed++) {
            Path file = dir.resolve("f" + seed + ".mv.db");
            boolean oursFirst = seed % 2 == 0;
            byte[] model = randomOps(new Random(seed), oursFirst ? ours(file) : h2s(file),
                    oursFirst ? h2s(file) : ours(file), true);
            assertSame(readAll(h2s(file)), model, "H2's, seed " + seed);
            assertSame(readAll(ours(file)), model, "ours, seed " + seed);
        }
    }

    @Test
    void partsOfSectorsWrittenByOursAreReadByBoth() throws IOException {
        for (long seed = 1; seed <= 12; seed++) {
            Path file = dir.resolve("p" + seed + ".mv.db");
            byte[] model = randomOps(new Random(seed), ours(file), ours(file), false);
            assertSame(readAll(h2s(file)), model, "H2's, seed " + seed);
            assertSame(readAll(ours(file)), model, "ours, seed " + seed);
            assertThat(FilePath.get(ours(file)).size()).isEqualTo(model.length);
        }
    }

    @Test
    void theFileOnDiskIsEncryptedWithAHeaderAndASalt() throws IOException {
        Path file = dir.resolve("plain.mv.db");
        byte[] data = new byte[3 * 4096];
        for (int i = 0; i + MARKER.length <= data.length; i += MARKER.length) {
            System.arraycopy(MARKER, 0, data, i, MARKER.length);
        }
        try (FileChannel c = FilePath.get(ours(file)).open("rw")) {
            c.write(ByteBuffer.wrap(data), 0);
        }
        byte[] raw = Files.readAllBytes(file);
        assertThat(raw).hasSize(4096 + data.length);
        assertThat(Arrays.copyOf(raw, 10)).isEqualTo("H2encrypt\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(new String(raw, StandardCharsets.ISO_8859_1)).doesNotContain("DEMO-XTS");
        // the same content in two sectors encrypts differently (the sector number is the tweak)
        assertThat(Arrays.copyOfRange(raw, 4096, 8192)).isNotEqualTo(Arrays.copyOfRange(raw, 8192, 12288));
        Path other = dir.resolve("other.mv.db");
        try (FileChannel c = FilePath.get(ours(other)).open("rw")) {
            c.write(ByteBuffer.wrap(data), 0);
        }
        // a new salt per file: the same content encrypts differently in another file
        assertThat(Arrays.copyOfRange(Files.readAllBytes(other), 4096, 8192))
                .isNotEqualTo(Arrays.copyOfRange(raw, 4096, 8192));
    }

    @Test
    void aWrongPasswordReadsNoPlaintext() throws IOException {
        Path file = dir.resolve("wrong.mv.db");
        byte[] data = new byte[4096];
        System.arraycopy(MARKER, 0, data, 0, MARKER.length);
        try (FileChannel c = FilePath.get(ours(file)).open("rw")) {
            c.write(ByteBuffer.wrap(data), 0);
        }
        String wrong = "w" + System.nanoTime();
        XtsFilePath.remember(wrong, "another-password".getBytes(StandardCharsets.UTF_8));
        try (FileChannel c = FilePath.get(XtsFilePath.prefix(wrong) + file).open("r")) {
            ByteBuffer b = ByteBuffer.allocate(4096);
            c.read(b, 0);
            assertThat(new String(b.array(), StandardCharsets.ISO_8859_1)).doesNotContain("DEMO-XTS");
        } finally {
            XtsFilePath.forget(wrong);
        }
    }

    @Test
    void aForgottenPasswordOpensNothing() {
        XtsFilePath.forget(token);
        assertThatThrownBy(() -> FilePath.get(ours(dir.resolve("gone.mv.db"))).open("rw"))
                .isInstanceOf(IOException.class).hasMessageNotContaining(PASSWORD);
    }

    /** Random writes and truncations, alternating the two implementations; returns the expected content. */
    private static byte[] randomOps(Random r, String writer, String other, boolean sectorsOnly) throws IOException {
        byte[] model = new byte[0];
        for (int round = 0; round < 6; round++) {
            String path = round % 2 == 0 ? writer : other;
            try (FileChannel c = FilePath.get(path).open("rw")) {
                assertThat(c.size()).isEqualTo(model.length);
                for (int op = 0; op < 25; op++) {
                    int kind = r.nextInt(10);
                    if (kind == 0 && model.length > 0) {
                        int newSize = sectorsOnly ? r.nextInt(model.length / 4096 + 1) * 4096
                                : r.nextInt(model.length);
                        c.truncate(newSize);
                        model = Arrays.copyOf(model, newSize);
                    } else {
                        boolean aligned = sectorsOnly || kind < 5;
                        int pos = aligned ? r.nextInt(model.length / 4096 + 1) * 4096
                                : r.nextInt(model.length + 1);
                        int len = aligned ? (1 + r.nextInt(3)) * 4096 : 1 + r.nextInt(9000);
                        byte[] data = new byte[len];
                        r.nextBytes(data);
                        assertThat(c.write(ByteBuffer.wrap(data), pos)).isEqualTo(len);
                        if (pos + len > model.length) {
                            model = Arrays.copyOf(model, pos + len);
                        }
                        System.arraycopy(data, 0, model, pos, len);
                    }
                    assertThat(c.size()).isEqualTo(model.length);
                    if (model.length > 0) { // an unaligned read of a part
                        int from = r.nextInt(model.length);
                        int n = 1 + r.nextInt(Math.min(6000, model.length - from));
                        ByteBuffer b = ByteBuffer.allocate(n);
                        c.read(b, from);
                        assertSame(b.array(), Arrays.copyOfRange(model, from, from + n), "a read");
                    }
                }
            }
        }
        return model;
    }

    /** Equal arrays, or the first difference and the lengths (not the contents: they are long). */
    private static void assertSame(byte[] actual, byte[] expected, String what) {
        assertThat(Arrays.mismatch(actual, expected)).as("%s: first difference (lengths %d and %d)", what,
                actual.length, expected.length).isEqualTo(-1);
    }

    private static byte[] readAll(String path) throws IOException {
        try (FileChannel c = FilePath.get(path).open("r")) {
            ByteBuffer b = ByteBuffer.allocate((int) c.size());
            while (b.hasRemaining() && c.read(b, b.position()) >= 0) {
                // reads until full
            }
            assertThat(c.read(ByteBuffer.allocate(1), c.size())).isEqualTo(-1);
            return b.array();
        }
    }
}
