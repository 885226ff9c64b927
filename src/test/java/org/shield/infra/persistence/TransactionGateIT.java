package org.shield.infra.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.casefile.CaseQuery;
import org.shield.application.casefile.CaseSummary;
import org.shield.application.common.VaultLockedException;
import org.shield.application.security.DataKey;
import org.shield.application.security.Workspace;
import org.shield.domain.casefile.CaseFile;
import org.shield.infra.vault.Argon2Params;
import org.shield.infra.vault.FileVaultKeyStore;
import org.shield.testing.TestVaults;

/** Locking the vault waits for a save in progress instead of cutting it, and refuses new work. */
class TransactionGateIT {
    @TempDir
    Path tmp;

    @Test
    void closingWaitsForARunningTransactionAndRefusesNewOnes() throws Exception {
        Path vault = tmp.resolve("vault");
        TestVaults.create(vault).close();
        DataKey key = new FileVaultKeyStore(Argon2Params.FAST, Clock.systemUTC())
                .unwrap(vault, TestVaults.ADMIN, TestVaults.PASSPHRASE.toCharArray());
        VaultDatabase db = VaultDatabase.open(vault, key, true);
        JpaCaseRepository cases = db.caseRepository();
        CountDownLatch inside = new CountDownLatch(1);
        ExecutorService worker = Executors.newSingleThreadExecutor();
        try {
            Future<Object> save = worker.submit(() -> db.transactions().write(() -> {
                inside.countDown();
                try {
                    Thread.sleep(1500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                cases.add(new CaseFile("TST-2026-GATE-00001", "DEMO saved while locking", "TST", null,
                        TestVaults.ADMIN, Instant.now()));
                return null;
            }));
            inside.await();
            db.close();
            save.get();
        } finally {
            worker.shutdownNow();
        }
        assertThatThrownBy(() -> db.transactions().read(() -> null)).isInstanceOf(VaultLockedException.class);
        try (Workspace ws = TestVaults.unlock(vault)) {
            assertThat(ws.cases().list(CaseQuery.all())).extracting(CaseSummary::title)
                    .containsExactly("DEMO saved while locking");
        }
    }
}
