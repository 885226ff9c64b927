package org.shield.infra.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.casefile.CaseDetails;
import org.shield.application.casefile.CreateCaseCommand;
import org.shield.application.casefile.UpdateCaseCommand;
import org.shield.application.common.CancellationToken;
import org.shield.application.common.ProgressListener;
import org.shield.application.evidence.AddExhibitCommand;
import org.shield.application.evidence.OpenedExhibit;
import org.shield.application.security.Workspace;
import org.shield.domain.security.Role;
import org.shield.testing.EmbeddedPg;
import org.shield.testing.HqInProcess;
import org.shield.testing.TestVaults;

/**
 * HQ encrypts what it stores about people (ADR 0019, "HQ encrypts values at rest"), on H2 and on PostgreSQL: after
 * real laptops push a case, an exhibit with content, a conflict and its resolution, all carrying a synthetic marker,
 * no row of HQ's value tables holds the marker in plaintext, while a laptop pulling through HQ gets every value back
 * intact. Synthetic data only.
 */
class HqValuesAtRestIT {
    private static final String MARK = "DEMO-SEAL-Zq7";
    private static final String UNIT = "TST";
    @TempDir
    Path tmp;

    @Test
    void onH2() throws Exception {
        try (HqInProcess hq = new HqInProcess()) {
            nothingAboutPeopleIsStoredInPlaintext(hq);
        }
    }

    @Test
    void onPostgres() throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPg.start();
                HqInProcess hq = new HqInProcess("jdbc:postgresql://localhost:" + pg.getPort()
                        + "/postgres?user=postgres")) {
            nothingAboutPeopleIsStoredInPlaintext(hq);
        }
    }

    private static UpdateCaseCommand retitle(CaseDetails d, String title) {
        return new UpdateCaseCommand(d.id(), d.version(), title, d.status(), d.closureReason(), d.closedOn(),
                d.exploitationTypes(), d.unitCode(), d.leadInvestigator(), d.openedOn(), d.summary(), d.sensitivity(),
                d.tags());
    }

    private void nothingAboutPeopleIsStoredInPlaintext(HqInProcess hq) throws Exception {
        byte[] content = (MARK + " synthetic exhibit content ").repeat(200).getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(tmp.resolve("demo-exhibit.txt"), content);
        try (Workspace a = hq.laptop(TestVaults.vaults(), hq.url(), tmp.resolve("a"), "sup.a", Role.Supervisor, UNIT);
                Workspace b = hq.laptop(TestVaults.vaults(), hq.url(), tmp.resolve("b"), "sup.b", Role.Supervisor,
                        UNIT)) {
            UUID id = a.cases().create(new CreateCaseCommand(MARK + " case", null, Set.of(), UNIT, null, null,
                    MARK + " summary", null, Set.of("demo"))).id();
            UUID exhibit = a.evidence().add(AddExhibitCommand.digital(id, file, MARK + " exhibit", "DEMO officer",
                    "DEMO source"), ProgressListener.NONE, new CancellationToken()).id();
            a.sync().syncNow();
            b.sync().syncNow();
            a.cases().update(retitle(a.cases().get(id), MARK + " title by A"));
            b.cases().update(retitle(b.cases().get(id), MARK + " title by B"));
            a.sync().syncNow();
            b.sync().syncNow();
            var open = a.sync().conflicts();
            assertThat(open).as("the same field edited on both: a conflict").hasSize(1);
            a.sync().resolve(open.get(0).id(), "\"" + MARK + " merged title\"");
            a.sync().syncNow();
            b.sync().syncNow();

            assertThat(b.cases().get(id).title()).as("what b pulled through HQ").isEqualTo(MARK + " merged title");
            assertThat(b.cases().get(id).summary()).isEqualTo(MARK + " summary");
            try (OpenedExhibit opened = b.evidence().open(exhibit, "DEMO check")) {
                assertThat(opened.content().readAllBytes()).as("content fetched from HQ").isEqualTo(content);
            }
        }
        try (Connection c = hq.dataSource().getConnection(); Statement st = c.createStatement()) {
            for (String table : new String[] {"hq_record", "hq_field_history", "hq_conflict_value", "hq_conflict",
                "hq_change", "hq_content_chunk"}) {
                int rows = 0;
                try (ResultSet rs = st.executeQuery("SELECT * FROM " + table)) {
                    while (rs.next()) {
                        rows++;
                        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                            int type = rs.getMetaData().getColumnType(i);
                            boolean binary = type == java.sql.Types.BINARY || type == java.sql.Types.VARBINARY
                                    || type == java.sql.Types.LONGVARBINARY || type == java.sql.Types.BLOB;
                            byte[] raw = binary ? rs.getBytes(i) : null;
                            String text = binary ? (raw == null ? "" : new String(raw, StandardCharsets.ISO_8859_1))
                                    : String.valueOf(rs.getString(i));
                            assertThat(text).as(table + "." + rs.getMetaData().getColumnName(i))
                                    .doesNotContain(MARK).doesNotContain("synthetic exhibit content");
                        }
                    }
                }
                assertThat(rows).as(table + " holds rows, so the check above is not empty").isPositive();
            }
            try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM hq_record WHERE fields LIKE '~1%'")) {
                rs.next();
                assertThat(rs.getLong(1)).as("each record's fields, sealed as one value").isPositive();
            }
            try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM hq_field")) {
                rs.next();
                assertThat(rs.getLong(1)).as("no field is kept on its own any more").isZero();
            }
            try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM hq_conflict WHERE resolution LIKE '~1%'")) {
                rs.next();
                assertThat(rs.getLong(1)).as("the resolution, sealed").isEqualTo(1);
            }
            try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM hq_content_chunk WHERE sealed = FALSE")) {
                rs.next();
                assertThat(rs.getLong(1)).isZero();
            }
        }
    }
}
