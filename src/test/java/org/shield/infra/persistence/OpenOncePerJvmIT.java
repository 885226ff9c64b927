package org.shield.infra.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.common.StorageException;
import org.shield.application.security.DataKey;
import org.shield.application.security.Workspace;
import org.shield.infra.vault.Argon2Params;
import org.shield.infra.vault.FileVaultKeyStore;
import org.shield.testing.TestVaults;

/**
 * H2 shares one database between all embedded connections to a file in a JVM, so a second open of an open
 * vault would share it and closing either would close the other's under it ("Database is already closed"
 * in the middle of a report). A second open in the same JVM is refused like one from another process.
 */
class OpenOncePerJvmIT {
    @TempDir
    Path tmp;

    @Test
    void aSecondOpenIsRefusedAndTheFirstGoesOnWorking() throws Exception {
        Path vault = tmp.resolve("vault");
        TestVaults.create(vault).close();
        DataKey key = key(vault);
        try (VaultDatabase first = VaultDatabase.open(vault, key, true)) {
            assertThatThrownBy(() -> VaultDatabase.open(vault, key, true))
                    .isInstanceOf(StorageException.class)
                    .satisfies(e -> assertThat(((StorageException) e).userMessage().key()).isEqualTo("error.vaultInUse"));
            assertThat(count(first)).isGreaterThan(0);
        }
        try (VaultDatabase again = VaultDatabase.open(vault, key, true)) {
            assertThat(count(again)).isGreaterThan(0);
        }
    }

    @Test
    void aSecondUnlockSaysTheVaultIsInUse() throws Exception {
        Path vault = tmp.resolve("vault");
        try (Workspace ws = TestVaults.create(vault)) {
            assertThatThrownBy(() -> TestVaults.unlock(vault))
                    .isInstanceOf(StorageException.class)
                    .satisfies(e -> assertThat(((StorageException) e).userMessage().key()).isEqualTo("error.vaultInUse"));
            assertThat(ws.cases().list(org.shield.application.casefile.CaseQuery.all())).isEmpty();
        }
        TestVaults.unlock(vault).close();
    }

    @Test
    void closingTwiceDoesNotFreeAVaultOpenedAgainSince() throws Exception {
        Path vault = tmp.resolve("vault");
        TestVaults.create(vault).close();
        DataKey key = key(vault);
        VaultDatabase first = VaultDatabase.open(vault, key, true);
        first.close();
        try (VaultDatabase second = VaultDatabase.open(vault, key, true)) {
            first.close();
            assertThatThrownBy(() -> VaultDatabase.open(vault, key, true)).isInstanceOf(StorageException.class);
            assertThat(count(second)).isGreaterThan(0);
        }
    }

    private static long count(VaultDatabase db) throws Exception {
        try (Connection c = db.dataSource().getConnection();
             ResultSet rs = c.createStatement().executeQuery("select count(*) from audit_entry")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static DataKey key(Path vault) throws Exception {
        return new FileVaultKeyStore(Argon2Params.FAST, Clock.systemUTC())
                .unwrap(vault, TestVaults.ADMIN, TestVaults.PASSPHRASE.toCharArray());
    }
}
