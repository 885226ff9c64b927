package org.shield.infra.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.security.DataKey;
import org.shield.testing.TestVaults;

/**
 * Hibernate's mapping is checked against the schema when an open changed the schema (a new vault, an upgrade), not
 * at every open: the check reads the whole schema's metadata, about half a second of every CLI command.
 */
class SchemaCheckIT {
    @TempDir
    Path tmp;

    @Test
    void theMappingIsCheckedWhenMigrationsRanOrWhenAskedAndNotAtEveryOpen() throws Exception {
        Path vault = tmp.resolve("vault");
        TestVaults.create(vault).close();
        DataKey key = TestVaults.dataKey(vault);
        try (VaultDatabase db = VaultDatabase.open(vault, key, true)) {
            assertThat(db.schemaChecked).as("nothing migrated").isFalse();
            try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement()) {
                // a mapped column missing: what a broken migration would leave
                st.execute("ALTER TABLE case_note DROP COLUMN body");
            }
        }
        System.setProperty("shield.schema.validate", "true");
        try {
            assertThatThrownBy(() -> VaultDatabase.open(vault, key, true)).as("asked for: the check runs")
                    .isInstanceOf(org.shield.application.common.ApplicationException.class);
        } finally {
            System.clearProperty("shield.schema.validate");
        }
    }

    @Test
    void aNewVaultIsChecked() throws Exception {
        byte[] raw = new byte[DataKey.LENGTH];
        new java.security.SecureRandom().nextBytes(raw);
        try (VaultDatabase db = VaultDatabase.open(tmp.resolve("new"), new DataKey(raw), false)) {
            assertThat(db.schemaChecked).isTrue();
        }
    }
}
