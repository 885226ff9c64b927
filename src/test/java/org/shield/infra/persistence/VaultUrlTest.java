package org.shield.infra.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The product's H2 URL keeps the durability settings of ADR 0004; only the benchmark's overload differs. */
class VaultUrlTest {
    @Test
    void theVaultUrlAppendsEveryChunkAndWritesAtOnce() {
        String prefix = VaultDatabase.filePassword("00ff");
        try {
            String url = VaultDatabase.url(prefix, Path.of("/tmp/vault/db/shield"), false);
            assertThat(url).startsWith("jdbc:h2:shieldxts:").contains(";WRITE_DELAY=0").contains(";REUSE_SPACE=FALSE")
                    .doesNotContain("AUTO_SERVER").doesNotContain("00ff");
            assertThat(VaultDatabase.fileToken(url)).isNotEmpty().doesNotContain(":");
        } finally {
            XtsFilePath.forget(VaultDatabase.fileToken("jdbc:h2:" + prefix));
        }
    }
}
