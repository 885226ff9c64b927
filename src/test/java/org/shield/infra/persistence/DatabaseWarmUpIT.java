package org.shield.infra.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.h2.store.fs.FileUtils;
import org.junit.jupiter.api.Test;
import org.shield.application.sync.FeedRecord;

/**
 * The unlock screen's warm-up (ADR 0019, "Throughput"): it runs a pull's code on a throwaway encrypted database in
 * H2's in-memory file system, every synthetic record is applied (none kept back, which would leave the insert path
 * cold), an unlock that begins stops it between pages, and nothing of it is left behind.
 */
class DatabaseWarmUpIT {
    @Test
    void appliesEverySyntheticRecordAndLeavesNothingBehind() {
        long expected = 0;
        for (int p = 0; p < ReplicaWarmUp.PAGES; p++) {
            expected += ReplicaWarmUp.page(p * ReplicaWarmUp.CASES_PER_PAGE, ReplicaWarmUp.CASES_PER_PAGE).size();
        }
        assertThat(expected).isGreaterThan(5_000).isEqualTo((long) ReplicaWarmUp.PAGES * ReplicaWarmUp.recordsPerPage());

        assertThat(VaultDatabase.warmUpDatabase(() -> false)).isEqualTo(expected);

        assertThat(FileUtils.newDirectoryStream("memFS:/")).noneMatch(f -> f.contains("shield-warmup"));
    }

    @Test
    void anUnlockThatBeginsStopsTheSyncPartBeforeItsNextPage() {
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        long applied = VaultDatabase.warmUpDatabase(() -> asked.incrementAndGet() > 1); // stop after the first page

        assertThat(applied).isEqualTo(ReplicaWarmUp.page(0, ReplicaWarmUp.CASES_PER_PAGE).size());
        assertThat(FileUtils.newDirectoryStream("memFS:/")).noneMatch(f -> f.contains("shield-warmup"));
    }

    @Test
    void theSyntheticRecordsAreMarkedAsSuchAndNameNoOne() {
        List<FeedRecord> page = ReplicaWarmUp.page(0, 8);
        assertThat(page).extracting(FeedRecord::table).contains("case_file", "case_exploitation_type", "case_note",
                "person", "case_party");
        assertThat(page).filteredOn(r -> r.table().equals("case_file"))
                .allSatisfy(r -> assertThat(r.fields().get("title")).contains("WARM-UP"));
        assertThat(page).filteredOn(r -> r.table().equals("person"))
                .allSatisfy(r -> assertThat(r.fields().get("name_latin")).contains("Warmup Person"));
    }
}
