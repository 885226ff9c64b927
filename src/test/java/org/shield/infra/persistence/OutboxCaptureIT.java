package org.shield.infra.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.casefile.CreateCaseCommand;
import org.shield.application.security.DataKey;
import org.shield.application.security.Workspace;
import org.shield.infra.vault.Argon2Params;
import org.shield.infra.vault.FileVaultKeyStore;
import org.shield.testing.TestVaults;

/**
 * The outbox (issue 7, ADR 0019): every change to a synchronised table, through Hibernate or plain JDBC, leaves an
 * entry in the same transaction, numbered without gaps; a rolled-back change leaves none and takes its number
 * back; changes applied from HQ are not captured. Synthetic data only.
 */
class OutboxCaptureIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path tmp;
    private VaultDatabase db;
    private UUID caseId;

    record Entry(long seq, String table, JsonNode key, String op, JsonNode changes) {
    }

    @BeforeEach
    void aVaultWithACase() throws Exception {
        Path vault = tmp.resolve("vault");
        try (Workspace ws = TestVaults.create(vault)) {
            caseId = ws.cases().create(CreateCaseCommand.titled("DEMO outbox case")).id();
        }
        DataKey key = new FileVaultKeyStore(Argon2Params.FAST, Clock.systemUTC())
                .unwrap(vault, TestVaults.ADMIN, TestVaults.PASSPHRASE.toCharArray());
        db = VaultDatabase.open(vault, key, true);
    }

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    private List<Entry> outbox() throws Exception {
        List<Entry> out = new ArrayList<>();
        try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select seq, table_name, row_key, op, changes from sync_outbox order by seq")) {
            while (rs.next()) {
                out.add(new Entry(rs.getLong(1), rs.getString(2), JSON.readTree(rs.getString(3)), rs.getString(4),
                        JSON.readTree(rs.getString(5))));
            }
        }
        return out;
    }

    private void exec(String sql) throws Exception {
        try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate(sql);
        }
    }

    @Test
    void creatingACaseThroughTheServicesLeftItsRowAndItsAuditEntriesNumberedWithoutGaps() throws Exception {
        List<Entry> entries = outbox();

        assertThat(entries).extracting(Entry::seq).containsExactlyElementsOf(
                java.util.stream.LongStream.rangeClosed(1, entries.size()).boxed().toList());
        Entry created = entries.stream().filter(e -> e.table().equals("case_file")).findFirst().orElseThrow();
        assertThat(created.op()).isEqualTo("INSERT");
        assertThat(created.key().get("id").asText()).isEqualTo(caseId.toString());
        assertThat(created.changes().get("title").get(0).isNull()).isTrue();
        assertThat(created.changes().get("title").get(1).asText()).isEqualTo("DEMO outbox case");
        assertThat(entries).as("the audit trail, written over plain JDBC, is captured too")
                .anyMatch(e -> e.table().equals("audit_entry") && e.op().equals("INSERT"));
    }

    @Test
    void anUpdateRecordsOnlyTheColumnsThatChangedWithTheirOldAndNewValues() throws Exception {
        long before = outbox().size();

        exec("update case_file set title = 'DEMO outbox case, renamed' where id = '" + caseId + "'");

        List<Entry> entries = outbox();
        assertThat(entries).hasSize((int) before + 1);
        Entry update = entries.get(entries.size() - 1);
        assertThat(update.op()).isEqualTo("UPDATE");
        assertThat(update.changes().fieldNames()).toIterable().containsExactly("title");
        assertThat(update.changes().get("title").get(0).asText()).isEqualTo("DEMO outbox case");
        assertThat(update.changes().get("title").get(1).asText()).isEqualTo("DEMO outbox case, renamed");
        exec("update case_file set title = 'DEMO outbox case, renamed' where id = '" + caseId + "'");
        assertThat(outbox()).as("an update that changes nothing leaves nothing").hasSize((int) before + 1);
    }

    @Test
    void aRolledBackChangeLeavesNoEntryAndTakesItsNumberBack() throws Exception {
        long last = outbox().get(outbox().size() - 1).seq();
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.executeUpdate("insert into case_tag (case_id, tag) values ('" + caseId + "', 'demo-rolled-back')");
            }
            c.rollback();
            c.setAutoCommit(true);
        }
        assertThat(outbox().get(outbox().size() - 1).seq()).isEqualTo(last);

        exec("insert into case_tag (case_id, tag) values ('" + caseId + "', 'demo-kept')");

        Entry tag = outbox().get(outbox().size() - 1);
        assertThat(tag.seq()).isEqualTo(last + 1);
        assertThat(tag.table()).isEqualTo("case_tag");
        assertThat(tag.key().get("case_id").asText()).isEqualTo(caseId.toString());
        assertThat(tag.key().get("tag").asText()).isEqualTo("demo-kept");
    }

    @Test
    void changesAppliedFromHqAreNotCaptured() throws Exception {
        int before = outbox().size();

        OutboxTrigger.suppressed(() -> {
            exec("insert into case_tag (case_id, tag) values ('" + caseId + "', 'demo-from-hq')");
            return null;
        });

        assertThat(outbox()).hasSize(before);
        exec("delete from case_tag where tag = 'demo-from-hq'");
        Entry deleted = outbox().get(outbox().size() - 1);
        assertThat(deleted.op()).isEqualTo("DELETE");
        assertThat(deleted.changes().get("tag").get(0).asText()).isEqualTo("demo-from-hq");
    }
}
