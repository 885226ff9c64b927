package org.shield.infra.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The product's H2 URL keeps the durability settings of ADR 0004; only the benchmark's overload differs. */
class VaultUrlTest {
    @Test
    void theVaultUrlAppendsEveryChunkAndWritesAtOnce() {
        assertThat(VaultDatabase.url(Path.of("/tmp/vault/db/shield"), true)).contains(";CIPHER=AES")
                .contains(";WRITE_DELAY=0").contains(";REUSE_SPACE=FALSE").doesNotContain("AUTO_SERVER");
    }
}
