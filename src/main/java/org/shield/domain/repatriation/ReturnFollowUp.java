package org.shield.domain.repatriation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.shield.domain.common.BaseEntity;
import org.shield.domain.common.DomainRuleViolation;
import org.shield.domain.common.Text;

/**
 * A follow-up of a returned person, N months after the handover ({@link FollowUpSchedule}): done on a day
 * with what was found, and whether the person had been trafficked again. Linked to the caseworker's task
 * that reminds them of it.
 */
@Entity
@Table(name = "return_follow_up")
public class ReturnFollowUp extends BaseEntity {
    @Column(name = "repatriation_id", nullable = false, updatable = false)
    private UUID repatriationId;
    @Column(name = "case_id", nullable = false, updatable = false)
    private UUID caseId;
    @Column(name = "person_id", nullable = false, updatable = false)
    private UUID personId;
    @Column(name = "months", nullable = false, updatable = false)
    private int months;
    @Column(name = "due_on", nullable = false, updatable = false)
    private LocalDate dueOn;
    @Column(name = "task_id", updatable = false)
    private UUID taskId;
    @Column(name = "done_on")
    private LocalDate doneOn;
    @Column(name = "outcome", length = 4000)
    private String outcome;
    @Column(name = "re_trafficked", nullable = false)
    private boolean reTrafficked;

    protected ReturnFollowUp() {
        // for JPA
    }

    public ReturnFollowUp(Repatriation r, int months, UUID taskId, String actor, Instant at) {
        super(actor, at);
        if (r.getHandedOverOn() == null) {
            throw new DomainRuleViolation("return.notHandedOver");
        }
        this.repatriationId = r.getId();
        this.caseId = r.getCaseId();
        this.personId = r.getPersonId();
        this.months = months;
        this.dueOn = FollowUpSchedule.dueOn(r.getHandedOverOn(), months);
        this.taskId = taskId;
    }

    /** Records the follow-up done on {@code day} (not before the handover, not in the future). */
    public void record(LocalDate day, String outcomeText, boolean reTraffickedFound, LocalDate handedOverOn,
            LocalDate today, String actor, Instant at) {
        if (doneOn != null) {
            throw new DomainRuleViolation("followUp.alreadyDone");
        }
        if (day == null) {
            throw new DomainRuleViolation("followUp.doneOn.required");
        }
        if (day.isBefore(handedOverOn) || day.isAfter(today)) {
            throw new DomainRuleViolation("followUp.doneOn.invalid");
        }
        String text = Text.required(outcomeText, "followUp.outcome", 4000);
        touch(actor, at);
        this.doneOn = day;
        this.outcome = text;
        this.reTrafficked = reTraffickedFound;
    }

    public Map<String, String> auditState() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("repatriationId", repatriationId.toString());
        m.put("months", Integer.toString(months));
        m.put("dueOn", dueOn.toString());
        m.put("doneOn", doneOn == null ? null : doneOn.toString());
        m.put("outcome", outcome);
        m.put("reTrafficked", Boolean.toString(reTrafficked));
        return m;
    }

    public UUID getRepatriationId() {
        return repatriationId;
    }

    public UUID getCaseId() {
        return caseId;
    }

    public UUID getPersonId() {
        return personId;
    }

    public int getMonths() {
        return months;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public UUID getTaskId() {
        return taskId;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }

    public String getOutcome() {
        return outcome;
    }

    public boolean isReTrafficked() {
        return reTrafficked;
    }
}
