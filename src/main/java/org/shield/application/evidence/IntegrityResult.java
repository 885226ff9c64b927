package org.shield.application.evidence;

import java.util.UUID;
import org.shield.domain.evidence.HashCheck;

/**
 * The re-verification of one exhibit: the content compared with its intake SHA-256 ({@code content};
 * {@code NotChecked} for an exhibit without content, {@code AtHq} for content held at HQ that could not be fetched),
 * and its record and custody chain compared with the tamper-evident audit trail ({@code custodyIntact};
 * {@code custodyProblem} names the first difference as a message key, null when intact). Each result is intact,
 * failed, or not checked here: never two of them.
 */
public record IntegrityResult(UUID exhibitId, String caseNumber, String exhibitNumber, String expectedSha256,
        String foundSha256, HashCheck content, boolean custodyIntact, String custodyProblem) {

    public boolean intact() {
        return (content == HashCheck.Match || content == HashCheck.NotChecked && expectedSha256 == null) && custodyIntact;
    }

    /** Nothing found wrong, but the content could not be checked on this laptop (it is at HQ). */
    public boolean notCheckedHere() {
        return content == HashCheck.AtHq && custodyIntact;
    }

    /** Something found wrong: the content, the record or the custody chain. */
    public boolean failed() {
        return !intact() && !notCheckedHere();
    }
}
