package org.shield.domain.interview;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.shield.domain.common.BaseEntity;
import org.shield.domain.common.DomainRuleViolation;
import org.shield.domain.common.Text;

/**
 * A later addition to a signed-off interview, with its own author and time. Append-only; the original
 * interview stays as it was signed.
 */
@Entity
@Table(name = "interview_addendum")
public class InterviewAddendum extends BaseEntity {
    public static final int TEXT_MAX = 100_000;

    @Column(name = "interview_id", nullable = false, updatable = false)
    private UUID interviewId;

    @Lob
    @Column(name = "body", nullable = false, updatable = false)
    private String body;

    protected InterviewAddendum() {
        // for JPA
    }

    public InterviewAddendum(Interview interview, String body, String actor, Instant at) {
        super(actor, at);
        if (interview.getState() != InterviewState.SignedOff) {
            throw new DomainRuleViolation("interview.addendumBeforeSignOff");
        }
        this.interviewId = interview.getId();
        this.body = Text.required(body, "interview.addendum", TEXT_MAX);
    }

    @Override
    public void touch(String actor, Instant at) {
        throw new DomainRuleViolation("interview.addendumAppendOnly");
    }

    @Override
    public void markDeleted(String actor, Instant at, String reason) {
        throw new DomainRuleViolation("interview.addendumAppendOnly");
    }

    public UUID getInterviewId() {
        return interviewId;
    }

    public String getBody() {
        return body;
    }
}
