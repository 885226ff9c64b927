package org.shield.infra.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class StorageErrorsTest {

    private static String key(Throwable t) {
        return StorageErrors.translate(t).userMessage().key();
    }

    @Test
    void diskFullAnywhereInTheChainSaysDiskFull() {
        assertThat(key(new RuntimeException(new SQLException("x", "HY000", 90028,
                new IOException("No space left on device"))))).isEqualTo("error.diskFull");
    }

    @Test
    void databaseInUseSaysCloseItElsewhere() {
        assertThat(key(new SQLException("locked", "90020", 90020))).isEqualTo("error.vaultInUse");
    }

    @Test
    void corruptedFileSaysRestoreFromBackup() {
        assertThat(key(new SQLException("corrupt", "90030", 90030))).isEqualTo("error.vaultDamaged");
    }

    @Test
    void wrongFileKeySaysTheDatabaseDoesNotMatch() {
        assertThat(key(new SQLException("enc", "90049", 90049))).isEqualTo("error.databaseKeyMismatch");
    }

    @Test
    void anythingElseIsAPlainStorageError() {
        assertThat(key(new IllegalStateException("?"))).isEqualTo("error.storage");
    }

    @Test
    void theLoggedChainNamesClassesAndCodesButNoMessage() {
        String chain = StorageErrors.chain(new RuntimeException("name Somchai DEMO",
                new SQLException("INSERT ... 'DEMO Person'", "HYT00", 50200)));
        assertThat(chain).isEqualTo("java.lang.RuntimeException <- java.sql.SQLException [HYT00 50200]")
                .doesNotContain("DEMO");
    }
}
