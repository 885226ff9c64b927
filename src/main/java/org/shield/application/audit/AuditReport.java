package org.shield.application.audit;

import org.shield.domain.audit.AuditChain;

/** The outcome of verifying the trail: intact with a count, or the first bad entry and what is wrong with it. */
public record AuditReport(long checked, Long firstBadSequence, AuditChain.Problem problem, long millis) {
    public boolean intact() {
        return problem == null;
    }
}
