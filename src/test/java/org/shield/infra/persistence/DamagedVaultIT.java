package org.shield.infra.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.common.StorageException;
import org.shield.application.security.Workspace;
import org.shield.testing.JarProcess;
import org.shield.testing.TestVaults;

/** Damaged files and a vault held by another process give clear messages and change nothing. */
class DamagedVaultIT {
    @TempDir
    Path tmp;

    private static String key(Throwable t) {
        return ((StorageException) t).userMessage().key();
    }

    @Test
    void damagedKeyFileSaysSo() throws Exception {
        Path vault = tmp.resolve("vault");
        TestVaults.create(vault).close();
        Files.writeString(vault.resolve("keys.json"), "{ \"format\": 1, \"users\": [ trunc");
        assertThatThrownBy(() -> TestVaults.unlock(vault)).isInstanceOf(StorageException.class)
                .satisfies(e -> assertThat(key(e)).isEqualTo("error.keyFileDamaged"));
    }

    @Test
    void damagedDatabaseSaysRestoreFromBackup() throws Exception {
        Path vault = tmp.resolve("vault");
        try (Workspace ws = TestVaults.create(vault)) {
            for (int i = 0; i < 30; i++) {
                ws.cases().create(org.shield.application.casefile.CreateCaseCommand.titled("DEMO filler " + i));
            }
        }
        Path db = vault.resolve("db").resolve("shield.mv.db");
        byte[] bytes = Files.readAllBytes(db);
        for (int i = 0; i < bytes.length; i += 7) {
            bytes[i] ^= 0x5A;
        }
        Files.write(db, bytes);
        assertThatThrownBy(() -> TestVaults.unlock(vault)).isInstanceOf(StorageException.class)
                .satisfies(e -> assertThat(key(e)).isIn("error.vaultDamaged", "error.storage",
                        "error.databaseKeyMismatch"));
    }

    @Test
    void vaultOpenInAnotherProcessSaysCloseItThere() throws Exception {
        Path vault = tmp.resolve("vault");
        try (Workspace ws = TestVaults.create(vault)) {
            JarProcess.Run r = JarProcess.run(tmp, Map.of("SHIELD_PASSPHRASE", TestVaults.PASSPHRASE), "--vault",
                    vault.toString(), "--user", TestVaults.ADMIN, "case", "list");
            assertThat(r.code()).isEqualTo(1);
            assertThat(r.err().strip()).isEqualTo("This vault is open in another window or program. Close it there first.");
            assertThat(ws.cases().count()).isZero();
        }
    }
}
