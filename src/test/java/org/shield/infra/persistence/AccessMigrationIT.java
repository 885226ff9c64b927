package org.shield.infra.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.security.DataKey;
import org.shield.domain.common.UuidV7;

/**
 * A vault made by the previous version (schema V2, with victims, a witness and a suspect) is opened by
 * this one: the schema moves to V3, a copy of the database as it was is kept first, every protected
 * person gets a pseudonym (victims V-, witnesses W-), others none, and new pseudonyms continue the count.
 */
class AccessMigrationIT {
    @TempDir
    Path dir;

    @Test
    void aVersionTwoVaultGetsPseudonymsAndKeepsACopyFirst() throws Exception {
        byte[] raw = new byte[DataKey.LENGTH];
        new java.security.SecureRandom().nextBytes(raw);
        Files.createDirectories(dir.resolve("db"));
        UUID caseId = UuidV7.next();
        UUID victim = UuidV7.next();
        UUID victim2 = UuidV7.next();
        UUID witness = UuidV7.next();
        UUID suspect = UuidV7.next();
        try (HikariDataSource ds = new HikariDataSource(VaultDatabase.hikari(dir, new DataKey(raw.clone()), true))) {
            Flyway.configure().dataSource(ds).locations("classpath:db/migration").target("2").load().migrate();
            try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
                String stamps = "0, TIMESTAMP WITH TIME ZONE '2026-01-05 10:00:00+00', 'old-admin', "
                        + "TIMESTAMP WITH TIME ZONE '2026-01-05 10:00:00+00', 'old-admin'";
                st.executeUpdate("insert into vault_meta values ('device.tag', 'OLD1')");
                st.executeUpdate("insert into app_user (id, version, created_at, created_by, updated_at, updated_by, "
                        + "user_name, unit_code, roles, disabled) values ('" + UuidV7.next() + "', " + stamps
                        + ", 'old-admin', 'TST', 'Administrator,Supervisor,Investigator', false)");
                st.executeUpdate("insert into case_file (id, version, created_at, created_by, updated_at, updated_by, "
                        + "case_number, title, status, unit_code, lead_investigator, opened_on, sensitivity) values ('"
                        + caseId + "', " + stamps + ", 'TST-2026-OLD1-00001', 'DEMO old case', 'Active', 'TST', "
                        + "'old-admin', DATE '2026-01-05', 'Confidential')");
                for (UUID p : new UUID[] {victim, victim2, witness, suspect}) {
                    st.executeUpdate("insert into person (id, version, created_at, created_by, updated_at, updated_by, "
                            + "name_latin, gender) values ('" + p + "', " + stamps + ", 'Demo-Old Person', "
                            + "'NonSpecifiedUnknown')");
                }
                String[][] parties = {{victim.toString(), "Victim"}, {victim2.toString(), "PossibleVictim"},
                    {witness.toString(), "Witness"}, {suspect.toString(), "Suspect"}};
                for (String[] p : parties) {
                    st.executeUpdate("insert into case_party (id, version, created_at, created_by, updated_at, "
                            + "updated_by, case_id, person_id, party_role) values ('" + UuidV7.next() + "', " + stamps
                            + ", '" + caseId + "', '" + p[0] + "', '" + p[1] + "')");
                }
            }
        }

        try (VaultDatabase db = VaultDatabase.open(dir, new DataKey(raw.clone()), true)) {
            assertThat(dir.resolve("db").resolve("before-migration.zip")).isRegularFile();
            try (Connection c = db.dataSource().getConnection();
                 PreparedStatement ps = c.prepareStatement("select pseudonym from person where id = ?")) {
                // same creation time: numbered by id, which the test does not choose
                assertThat(java.util.Set.of(pseudonym(ps, victim), pseudonym(ps, victim2)))
                        .containsExactlyInAnyOrder("V-2026-0001", "V-2026-0002");
                assertThat(pseudonym(ps, witness)).isEqualTo("W-2026-0001");
                assertThat(pseudonym(ps, suspect)).isNull();
            }
            long next = db.transactions().write(() -> db.caseRepository().nextSequence("PSEUDONYM:V-2026"));
            assertThat(next).as("new pseudonyms continue after the migrated ones").isEqualTo(3);
            // the old data is still all there
            assertThat(db.transactions().read(() -> db.caseRepository().count())).isEqualTo(1);
        }
    }

    private static String pseudonym(PreparedStatement ps, UUID id) throws Exception {
        ps.setObject(1, id);
        try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }

}
