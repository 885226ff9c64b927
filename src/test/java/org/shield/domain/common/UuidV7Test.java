package org.shield.domain.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UuidV7Test {

    @Test
    void idsMadeOneAfterAnotherSortInTheOrderTheyWereMade() {
        // many ids fall in the same millisecond; before, their random bits decided the order (a flaky list order)
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            made.add(UuidV7.next().toString());
        }
        assertThat(made).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void idsAreVersion7WithTheRfcVariantAndTodaysTime() {
        long before = System.currentTimeMillis();
        UUID id = UuidV7.next();
        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isBetween(before - 1, System.currentTimeMillis() + 1000);
    }

    @Test
    void idsMadeOnSeveralThreadsAreAllDifferent() throws InterruptedException {
        java.util.Set<UUID> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Thread thread = new Thread(() -> {
                for (int i = 0; i < 10_000; i++) {
                    seen.add(UuidV7.next());
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread t : threads) {
            t.join();
        }
        assertThat(seen).hasSize(40_000);
    }
}
