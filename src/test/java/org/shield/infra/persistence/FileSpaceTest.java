package org.shield.infra.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** When closing compacts the vault file: enough dead space, and no less of it than live data. */
class FileSpaceTest {
    private static final long MIB = 1L << 20;

    @Test
    void aFileThatIsMostlyDeadSpaceIsWorthCompacting() {
        assertThat(new FileSpace(100 * MIB, 10 * MIB).worthCompacting(64 * MIB)).isTrue();
    }

    @Test
    void lessDeadSpaceThanTheThresholdIsLeftAlone() {
        assertThat(new FileSpace(20 * MIB, MIB).worthCompacting(64 * MIB)).isFalse();
    }

    @Test
    void lessDeadSpaceThanLiveDataIsLeftAloneHoweverLarge() {
        assertThat(new FileSpace(600 * MIB, 400 * MIB).worthCompacting(64 * MIB)).isFalse();
    }
}
