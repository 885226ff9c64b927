package org.shield.domain.interview;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.shield.domain.common.BaseEntity;
import org.shield.domain.common.Text;

/** A unit's rule for interviews: whether a supervisor must countersign before an interview is final. */
@Entity
@Table(name = "interview_policy")
public class InterviewPolicy extends BaseEntity {
    @Column(name = "unit_code", nullable = false, updatable = false, length = 32)
    private String unitCode;
    @Column(name = "countersign_required", nullable = false)
    private boolean countersignRequired;

    protected InterviewPolicy() {
        // for JPA
    }

    public InterviewPolicy(String unitCode, boolean countersignRequired, String actor, Instant at) {
        super(actor, at);
        this.unitCode = Text.required(unitCode, "unit.code", 32);
        this.countersignRequired = countersignRequired;
    }

    public void require(boolean countersign, String actor, Instant at) {
        touch(actor, at);
        this.countersignRequired = countersign;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public boolean isCountersignRequired() {
        return countersignRequired;
    }
}
