package org.shield.infra.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How much of the vault's H2 file holds live data, as H2 itself reports it. With {@code REUSE_SPACE=FALSE}
 * (ADR 0004) every commit appends a chunk of some 40–60 KiB and H2 never writes into the space of replaced
 * chunks, neither at close nor after reopening, so the file only grows until it is compacted (BENCHMARKS.md,
 * "Durability setting REUSE_SPACE=FALSE: file growth").
 *
 * @param fileBytes the file's length
 * @param liveBytes the part of it that live pages occupy (H2's fill rate of the file times that of its chunks)
 */
record FileSpace(long fileBytes, long liveBytes) {

    long deadBytes() {
        return fileBytes - liveBytes;
    }

    /**
     * Worth compacting: at least {@code minDeadBytes} are dead, and no less than the live data, so that the time
     * a compaction takes (in proportion to the live data) is paid once per as much written again.
     */
    boolean worthCompacting(long minDeadBytes) {
        return deadBytes() >= minDeadBytes && deadBytes() >= liveBytes;
    }

    /** Reads H2's figures for the open database; empty when this H2 does not report them. */
    static Optional<FileSpace> of(Connection c) throws SQLException {
        Map<String, Long> info = new HashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select setting_name, setting_value"
                + " from information_schema.settings where setting_name in"
                + " ('info.FILE_SIZE', 'info.FILL_RATE', 'info.CHUNKS_FILL_RATE')")) {
            while (rs.next()) {
                try {
                    info.put(rs.getString(1), Long.parseLong(rs.getString(2).strip()));
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
            }
        }
        Long size = info.get("info.FILE_SIZE");
        Long fill = info.get("info.FILL_RATE");
        Long chunksFill = info.get("info.CHUNKS_FILL_RATE");
        if (size == null || fill == null || chunksFill == null) {
            return Optional.empty();
        }
        return Optional.of(new FileSpace(size, size * fill / 100 * chunksFill / 100));
    }
}
