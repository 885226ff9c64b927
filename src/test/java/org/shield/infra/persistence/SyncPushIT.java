package org.shield.infra.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.casefile.CreateCaseCommand;
import org.shield.application.common.ValidationException;
import org.shield.application.security.DataKey;
import org.shield.application.security.Workspace;
import org.shield.application.sync.SyncReport;
import org.shield.application.sync.SyncStatus;
import org.shield.infra.vault.Argon2Params;
import org.shield.infra.vault.FileVaultKeyStore;
import org.shield.domain.security.Role;
import org.shield.testing.HqInProcess;
import org.shield.testing.TestVaults;

/**
 * A real vault pushing to an HQ in this JVM over loopback HTTP (issue 7, slice 2): the outbox reaches HQ in signed
 * batches and is forgotten only once HQ stored it; a vault with records from before the outbox sends them once.
 * Synthetic data only.
 */
class SyncPushIT {
    @TempDir
    Path tmp;
    private HqInProcess hq;

    @BeforeEach
    void startHq() throws Exception {
        hq = new HqInProcess();
    }

    @AfterEach
    void stopHq() {
        hq.close();
    }

    private void enrol(Workspace ws) throws Exception {
        ws.sync().enrol(hq.url(), hq.code(TestVaults.ADMIN, Role.Supervisor, "ATU-DEMO"));
    }

    private long hqCount(String sql) throws Exception {
        return hq.count(sql);
    }

    private String hqTitle(UUID caseId) throws Exception {
        try (Connection c = hq.dataSource().getConnection()) {
            java.util.Map<String, String> fields = org.shield.testing.HqFields.of(c, hq.seal(), "case_file",
                    "{\"id\":\"" + caseId + "\"}");
            return fields == null ? null : fields.get("title");
        }
    }

    @Test
    void everyWaitingChangeReachesHqAndTheOutboxIsEmptiedOnlyThen() throws Exception {
        Path vault = tmp.resolve("vault");
        UUID caseId;
        try (Workspace ws = TestVaults.create(vault)) {
            assertThatThrownBy(() -> ws.sync().syncNow()).isInstanceOf(ValidationException.class)
                    .hasMessageContaining("sync.error.notEnrolled");
            enrol(ws);
            caseId = ws.cases().create(CreateCaseCommand.titled("DEMO push case")).id();
            long waiting = ws.sync().status().pending();
            assertThat(waiting).isPositive();

            SyncReport r = ws.sync().syncNow();

            assertThat(r.pushed()).isEqualTo(waiting);
            assertThat(r.pending()).isZero();
            SyncStatus s = ws.sync().status();
            assertThat(s.pending()).isZero();
            assertThat(s.lastSync()).isNotNull();
            assertThat(ws.sync().syncNow().pushed()).as("nothing twice").isZero();
        }
        assertThat(hqTitle(caseId)).isEqualTo("\"DEMO push case\"");
        assertThat(hqCount("SELECT COUNT(*) FROM hq_change")).isEqualTo(hqCount("SELECT stored_seq FROM hq_device"));
        assertThat(hqCount("SELECT COUNT(*) FROM hq_record WHERE table_name = 'audit_entry'"))
                .as("the audit trail travels too").isPositive();
        assertThat(hqCount("SELECT COUNT(*) FROM hq_conflict")).isZero();
    }

    @Test
    void aVaultWithRecordsFromBeforeTheOutboxSendsThemAllOnceOnItsFirstPush() throws Exception {
        Path vault = tmp.resolve("old-vault");
        UUID caseId;
        try (Workspace ws = TestVaults.create(vault)) {
            caseId = ws.cases().create(CreateCaseCommand.titled("DEMO case from before V9")).id();
        }
        long auditRows;
        DataKey key = new FileVaultKeyStore(Argon2Params.FAST, Clock.systemUTC())
                .unwrap(vault, TestVaults.ADMIN, TestVaults.PASSPHRASE.toCharArray());
        VaultDatabase db = VaultDatabase.open(vault, key, true);
        try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM sync_outbox"); // as a vault written before V9 had no entries
            st.executeUpdate("UPDATE sync_state SET snapshot_needed = TRUE, next_seq = 1");
            try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM audit_entry")) {
                rs.next();
                auditRows = rs.getLong(1);
            }
        } finally {
            db.close();
        }

        try (Workspace ws = TestVaults.unlock(vault)) {
            enrol(ws);
            SyncReport r = ws.sync().syncNow();

            assertThat(r.pending()).isZero();
            assertThat(ws.sync().syncNow().pushed()).as("the snapshot is taken once").isZero();
        }
        assertThat(hqTitle(caseId)).isEqualTo("\"DEMO case from before V9\"");
        assertThat(hqCount("SELECT COUNT(*) FROM hq_record WHERE table_name = 'audit_entry'"))
                .as("every audit entry, those written since included").isGreaterThan(auditRows);
        assertThat(hqCount("SELECT COUNT(*) FROM hq_conflict")).as("the snapshot agrees with the changes after it")
                .isZero();
    }
}
