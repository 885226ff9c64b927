package org.shield.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A real PostgreSQL for tests (embedded, from Maven), its files under {@code target/pg-work}, wiped at the end. */
public final class EmbeddedPg {
    private EmbeddedPg() {
    }

    public static EmbeddedPostgres start() throws IOException {
        Path work = Files.createDirectories(Path.of("target", "pg-work"));
        return EmbeddedPostgres.builder().setOverrideWorkingDirectory(work.toFile())
                .setDataDirectory(Files.createTempDirectory(work, "data")).setCleanDataDirectory(true).start();
    }
}
