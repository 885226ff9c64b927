package org.shield.infra.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
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
import org.shield.hq.HqServer;
import org.shield.hq.HqService;
import org.shield.hq.store.HqDatabase;
import org.shield.hq.store.JdbcHqStore;
import org.shield.infra.vault.Argon2Params;
import org.shield.infra.vault.Argon2PassphraseHasher;
import org.shield.infra.vault.FileVaultKeyStore;
import org.shield.testing.TestVaults;

/**
 * A real vault pushing to an HQ in this JVM over loopback HTTP (issue 7, slice 2): the outbox reaches HQ in signed
 * batches and is forgotten only once HQ stored it; a vault with records from before the outbox sends them once.
 * Synthetic data only.
 */
class SyncPushIT {
    private static final char[] HQ_PASS = "synthetic hq passphrase 8".toCharArray();
    @TempDir
    Path tmp;
    private HqDatabase hqDb;
    private HqService hq;
    private HqServer server;
    private URI url;

    @BeforeEach
    void startHq() throws Exception {
        hqDb = HqDatabase.open("jdbc:h2:mem:hq-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", null, null);
        hq = new HqService(new JdbcHqStore(hqDb.dataSource()), new Argon2PassphraseHasher(Argon2Params.FAST),
                Clock.systemUTC());
        hq.createFirstAdministrator("hq.admin", HQ_PASS);
        server = new HqServer(hq, "test").start("127.0.0.1", 0);
        url = URI.create("http://127.0.0.1:" + server.port() + "/");
    }

    @AfterEach
    void stopHq() {
        server.close();
        hqDb.close();
    }

    private void enrol(Workspace ws) throws Exception {
        String code = hq.issueCode(hq.signIn("hq.admin", HQ_PASS), TestVaults.ADMIN, "Supervisor", "ATU-DEMO").code();
        ws.sync().enrol(url, code);
    }

    private long hqCount(String sql) throws Exception {
        try (Connection c = hqDb.dataSource().getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private String hqTitle(UUID caseId) throws Exception {
        try (Connection c = hqDb.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT val FROM hq_field WHERE table_name = 'case_file' AND row_key = ? AND col = 'title'")) {
            ps.setString(1, "{\"id\":\"" + caseId + "\"}");
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
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
