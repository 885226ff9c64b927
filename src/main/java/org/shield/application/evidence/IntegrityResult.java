package org.shield.application.evidence;

import java.util.UUID;
import org.shield.domain.evidence.HashCheck;

/**
 * The re-verification of one exhibit: the content compared with its intake SHA-256 ({@code content};
 * {@code NotChecked} for an exhibit without content), and its record and custody chain compared with the
 * tamper-evident audit trail ({@code custodyIntact}; {@code custodyProblem} names the first difference as a
 * message key, null when intact).
 */
public record IntegrityResult(UUID exhibitId, String caseNumber, String exhibitNumber, String expectedSha256,
        String foundSha256, HashCheck content, boolean custodyIntact, String custodyProblem) {

    public boolean intact() {
        return (content == HashCheck.Match || content == HashCheck.NotChecked && expectedSha256 == null) && custodyIntact;
    }
}
