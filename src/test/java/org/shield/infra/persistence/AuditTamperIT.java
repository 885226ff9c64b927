package org.shield.infra.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.casefile.CreateCaseCommand;
import org.shield.application.party.SavePersonCommand;
import org.shield.application.security.DataKey;
import org.shield.application.security.Workspace;
import org.shield.domain.audit.AuditChain;
import org.shield.domain.audit.AuditEntry;
import org.shield.domain.audit.AuditVerifier;
import org.shield.infra.vault.Argon2Params;
import org.shield.infra.vault.FileVaultKeyStore;
import org.shield.testing.TestVaults;

/**
 * Someone with the database open edits the audit table directly: changes, deletes, inserts and
 * reorders rows. Verification names the first bad entry and what is wrong with it each time, in the
 * default (signatures as the chain needs them) and the full mode.
 */
class AuditTamperIT {
    @TempDir
    Path tmp;
    private VaultDatabase db;
    private JdbcAuditStore store;
    private long last;

    @BeforeEach
    void aVaultWithATrail() throws Exception {
        Path vault = tmp.resolve("vault");
        try (Workspace ws = TestVaults.create(vault)) {
            for (int i = 0; i < 4; i++) {
                ws.cases().create(CreateCaseCommand.titled("DEMO tamper case " + i));
                ws.persons().save(SavePersonCommand.newPerson(null, "Demo-Tamper Person " + i));
            }
        }
        DataKey key = new FileVaultKeyStore(Argon2Params.FAST, Clock.systemUTC())
                .unwrap(vault, TestVaults.ADMIN, TestVaults.PASSPHRASE.toCharArray());
        db = VaultDatabase.open(vault, key, true);
        store = db.auditStore(Clock.systemUTC());
        last = scalar("select max(seq) from audit_entry");
        assertThat(last).isGreaterThanOrEqualTo(10);
    }

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void theCliNamesTheFirstBadEntryAndExitsOne() throws Exception {
        exec("update audit_entry set actor = 'someone-else' where seq = 5");
        db.close();
        db = null; // the CLI opens the vault itself: the database must be closed here first
        var run = org.shield.testing.InProcessCli.run(tmp, java.util.Map.of("SHIELD_PASSPHRASE", TestVaults.PASSPHRASE,
                "SHIELD_USER", TestVaults.ADMIN), "--vault", tmp.resolve("vault").toString(), "audit", "verify");
        assertThat(run.code()).as(run.err()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("Audit trail NOT intact: entry 5 was altered after it was written.");
    }

    private AuditChain.Verification verify(boolean full) {
        return new AuditVerifier(store.publicKey(), full, store.signatureProvider()).verify(store.source(), store.head(), n -> { });
    }

    private void assertFirstBad(long seq, AuditChain.Problem problem) {
        for (boolean full : new boolean[] {false, true}) {
            AuditChain.Verification v = verify(full);
            assertThat(v.intact()).as("full=" + full).isFalse();
            assertThat(v.firstBadSequence()).as("full=" + full).isEqualTo(seq);
            assertThat(v.problem()).as("full=" + full).isEqualTo(problem);
        }
    }

    private long scalar(String sql) throws Exception {
        try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void exec(String... sql) throws Exception {
        try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement()) {
            for (String s : sql) {
                st.executeUpdate(s);
            }
        }
    }

    @Test
    void anUntouchedTrailIsIntactInBothModes() {
        assertThat(verify(false).intact()).isTrue();
        assertThat(verify(false).checked()).isEqualTo(last);
        assertThat(verify(true).intact()).isTrue();
    }

    @Test
    void aChangedRowIsNamedAsAltered() throws Exception {
        exec("update audit_entry set actor = 'someone-else' where seq = 5");
        assertFirstBad(5, AuditChain.Problem.ALTERED);
    }

    @Test
    void aChangedDetailIsNamedAsAltered() throws Exception {
        exec("update audit_entry set detail = 'title\t-\tDEMO rewritten' where seq = 7");
        assertFirstBad(7, AuditChain.Problem.ALTERED);
    }

    @Test
    void aDeletedRowIsNamedAtTheEntryAfterTheGap() throws Exception {
        exec("delete from audit_entry where seq = 6");
        assertFirstBad(7, AuditChain.Problem.REMOVED);
    }

    @Test
    void rowsDeletedFromTheEndAreCaughtByTheSignedHead() throws Exception {
        exec("delete from audit_entry where seq >= " + (last - 1));
        assertFirstBad(last - 1, AuditChain.Problem.REMOVED);
    }

    @Test
    void aWipedTrailIsNotIntactEvenAfterTheVaultWritesAgain() throws Exception {
        exec("delete from audit_entry", "delete from vault_meta where meta_key = 'audit.head'");
        assertFirstBad(1, AuditChain.Problem.REMOVED);
        db.transactions().write(() -> {
            store.append("test-admin", org.shield.domain.audit.AuditAction.SignIn, "Vault", null, null);
            return null;
        });
        assertFirstBad(1, AuditChain.Problem.REMOVED);
    }

    @Test
    void rowsCutFromTheEndAndTheLastRenumberedPastTheHeadAreNamed() throws Exception {
        exec("delete from audit_entry where seq >= " + (last - 2),
                "update audit_entry set seq = " + (last + 5) + " where seq = " + (last - 3));
        AuditChain.Verification v = verify(false);
        assertThat(v.intact()).isFalse();
    }

    @Test
    void swappedRowsAreNamedAsReordered() throws Exception {
        exec("update audit_entry set seq = -1 where seq = 4", "update audit_entry set seq = 4 where seq = 5",
                "update audit_entry set seq = 5 where seq = -1");
        assertFirstBad(4, AuditChain.Problem.REORDERED);
    }

    @Test
    void aForgedRowInsertedAndChainedIsNamedAsInserted() throws Exception {
        // make room at 5, then insert an entry that links correctly to entry 4 but is signed by another key
        exec("update audit_entry set seq = seq + 1000000 where seq >= 5",
                "update audit_entry set seq = seq - 999999 where seq >= 1000000");
        AuditEntry four = store.source().at(4).orElseThrow();
        AuditEntry forged = AuditChain.append(5, Instant.now(), "test-admin", "Delete", "CaseFile", null,
                "reason\t-\tDEMO forged", four.hash(),
                KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPrivate());
        try (Connection c = db.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(
                "insert into audit_entry (seq, at_second, at_nano, actor, action, record_type, record_id, detail, "
                        + "previous_hash, entry_hash, signature) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, 5);
            ps.setLong(2, forged.at().getEpochSecond());
            ps.setInt(3, forged.at().getNano());
            ps.setString(4, forged.actor());
            ps.setString(5, forged.action());
            ps.setString(6, forged.recordType());
            ps.setObject(7, null);
            ps.setString(8, forged.detail());
            ps.setBytes(9, forged.previousHash());
            ps.setBytes(10, forged.hash());
            ps.setBytes(11, forged.signature());
            ps.executeUpdate();
        }
        assertFirstBad(5, AuditChain.Problem.INSERTED);
    }

    @Test
    void aRowRewrittenAndRechainedToTheEndIsStillNamed() throws Exception {
        // the careful forger: alter entry 6, recompute every hash after it and re-sign with their own key
        var forger = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        byte[] previous = store.source().at(5).orElseThrow().hash();
        for (long seq = 6; seq <= last; seq++) {
            AuditEntry e = store.source().at(seq).orElseThrow();
            String actor = seq == 6 ? "someone-else" : e.actor();
            AuditEntry re = AuditChain.append(seq, e.at(), actor, e.action(), e.recordType(), e.recordId(), e.detail(),
                    previous, forger.getPrivate());
            try (Connection c = db.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(
                    "update audit_entry set actor = ?, previous_hash = ?, entry_hash = ?, signature = ? where seq = ?")) {
                ps.setString(1, re.actor());
                ps.setBytes(2, re.previousHash());
                ps.setBytes(3, re.hash());
                ps.setBytes(4, re.signature());
                ps.setLong(5, seq);
                ps.executeUpdate();
            }
            previous = re.hash();
        }
        byte[] head = AuditChain.signHead(last, previous, forger.getPrivate());
        exec("update vault_meta set meta_value = '" + last + ":" + HexFormat.of().formatHex(previous) + ":"
                + HexFormat.of().formatHex(head) + "' where meta_key = 'audit.head'");
        assertFirstBad(6, AuditChain.Problem.INSERTED);
    }
}
