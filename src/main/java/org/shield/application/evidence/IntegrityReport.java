package org.shield.application.evidence;

import java.util.List;

/** The outcome of a re-verification run: every exhibit checked, and those that failed. */
public record IntegrityReport(List<IntegrityResult> results) {
    public IntegrityReport {
        results = List.copyOf(results);
    }

    public List<IntegrityResult> failures() {
        return results.stream().filter(r -> !r.intact()).toList();
    }

    public boolean allIntact() {
        return results.stream().allMatch(IntegrityResult::intact);
    }
}
