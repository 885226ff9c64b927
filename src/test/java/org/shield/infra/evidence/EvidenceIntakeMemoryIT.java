package org.shield.infra.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A multi-gigabyte intake in a child JVM with a 256 MiB heap: it must finish, and its SHA-256 must be the
 * one {@code sha256sum} computes. The source is sparse (fast to make) with random data at a few offsets.
 */
class EvidenceIntakeMemoryIT {
    private static final long SIZE = 3L << 30;
    private static final long NEEDED_FREE = 8L << 30;

    @TempDir
    Path tmp;

    @Test
    void aThreeGigabyteFileIsStoredWithA256MiBHeapAndHashesLikeSha256sum() throws Exception {
        long free = Files.getFileStore(tmp).getUsableSpace();
        Assumptions.assumeTrue(free > NEEDED_FREE,
                "needs more than 8 GiB free in the temp folder for a 3 GiB source and its blob; has "
                        + (free >> 30) + " GiB");
        Path source = sparseFile(tmp.resolve("source.bin"));
        String expected = sha256sum(source);

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                "-Dshield.log.dir=" + tmp.resolve("logs"), IntakeProbe.class.getName(),
                tmp.resolve("vault").toString(), source.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(10, TimeUnit.MINUTES)).isTrue();

        assertThat(child.exitValue()).as("child output: %s", out).isZero();
        List<String> lines = out.lines().toList();
        assertThat(lines).contains("size " + SIZE, "sha256 " + expected);
        try (var blobs = Files.list(tmp.resolve("vault").resolve(TinkEvidenceStore.DIR))) {
            assertThat(blobs.filter(p -> p.toString().endsWith(TinkEvidenceStore.SUFFIX)).count()).isEqualTo(1);
        }
    }

    private static Path sparseFile(Path f) throws IOException {
        Random r = new Random(4);
        byte[] chunk = new byte[256 * 1024];
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(SIZE);
            for (long offset : new long[] {0, 7_654_321, 1L << 30, (2L << 30) + 12_345, SIZE - chunk.length}) {
                r.nextBytes(chunk);
                raf.seek(offset);
                raf.write(chunk);
            }
        }
        return f;
    }

    private static String sha256sum(Path f) throws Exception {
        Process p;
        try {
            p = new ProcessBuilder("sha256sum", f.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            Assumptions.abort("sha256sum is not installed");
            throw e;
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).isZero();
        return out.split("\\s+")[0];
    }
}
