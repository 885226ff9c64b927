package org.shield.application.interview;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.shield.domain.interview.Consent;
import org.shield.domain.interview.InterviewConditions;
import org.shield.domain.interview.InterviewKind;
import org.shield.domain.interview.InterviewState;
import org.shield.domain.interview.Statement;

/**
 * An interview with everything recorded: conditions, consent, statement, signatures and addenda.
 * {@code contentSha256} is the hash of the content as signed (null while open); {@code returnedReason} the
 * supervisor's reason when it was last returned for correction.
 */
public record InterviewDetails(UUID id, UUID caseId, String caseNumber, UUID personId, String personLabel,
        InterviewKind kind, InterviewState state, InterviewConditions conditions, String recordingExhibitNumber,
        Consent consent, Statement statement, String signedOffBy, Instant signedOffAt, String contentSha256,
        String countersignedBy, Instant countersignedAt, String returnedReason, boolean countersignRequired,
        List<AddendumDetails> addenda, String createdBy, Instant createdAt, long version) {

    public InterviewDetails {
        addenda = List.copyOf(addenda);
    }

    public boolean frozen() {
        return state != InterviewState.Open;
    }
}
