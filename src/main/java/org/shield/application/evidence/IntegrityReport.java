package org.shield.application.evidence;

import java.util.List;

/** The outcome of a re-verification run: every exhibit checked, those that failed, those not checked here. */
public record IntegrityReport(List<IntegrityResult> results) {
    public IntegrityReport {
        results = List.copyOf(results);
    }

    public List<IntegrityResult> failures() {
        return results.stream().filter(IntegrityResult::failed).toList();
    }

    /** Exhibits whose content is held at HQ and could not be fetched: nothing found wrong, nothing proven. */
    public List<IntegrityResult> notCheckedHere() {
        return results.stream().filter(IntegrityResult::notCheckedHere).toList();
    }

    public boolean allIntact() {
        return results.stream().allMatch(IntegrityResult::intact);
    }
}
