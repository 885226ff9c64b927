package org.shield.domain.care;

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
 * A task or follow-up for a victim in a case, due on a day and assigned to a user (a caseworker, usually);
 * done once, with who and when. Overdue means not done and due before today.
 */
@Entity
@Table(name = "care_task")
public class CareTask extends BaseEntity {
    @Column(name = "case_id", nullable = false, updatable = false)
    private UUID caseId;
    @Column(name = "person_id", nullable = false, updatable = false)
    private UUID personId;
    @Column(name = "title", nullable = false, length = 300)
    private String title;
    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;
    @Column(name = "assignee", nullable = false, length = 64)
    private String assignee;
    @Column(name = "done_on")
    private LocalDate doneOn;
    @Column(name = "done_by", length = 64)
    private String doneBy;

    protected CareTask() {
        // for JPA
    }

    public CareTask(UUID caseId, UUID personId, String title, LocalDate dueOn, String assignee, String actor,
            Instant at) {
        super(actor, at);
        if (caseId == null || personId == null) {
            throw new IllegalArgumentException("case and person required");
        }
        if (dueOn == null) {
            throw new DomainRuleViolation("task.dueOn.required");
        }
        this.caseId = caseId;
        this.personId = personId;
        this.title = Text.required(title, "task.title", 300);
        this.dueOn = dueOn;
        this.assignee = Text.required(assignee, "task.assignee", 64);
    }

    public void complete(LocalDate day, String actor, Instant at) {
        if (doneOn != null) {
            throw new DomainRuleViolation("task.alreadyDone");
        }
        touch(actor, at);
        this.doneOn = day;
        this.doneBy = actor;
    }

    public boolean isOverdue(LocalDate today) {
        return doneOn == null && dueOn.isBefore(today);
    }

    public boolean isDue(LocalDate today) {
        return doneOn == null && !dueOn.isAfter(today);
    }

    public Map<String, String> auditState() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("caseId", caseId.toString());
        m.put("personId", personId.toString());
        m.put("title", title);
        m.put("dueOn", dueOn.toString());
        m.put("assignee", assignee);
        m.put("doneOn", doneOn == null ? null : doneOn.toString());
        return m;
    }

    public UUID getCaseId() {
        return caseId;
    }

    public UUID getPersonId() {
        return personId;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public String getAssignee() {
        return assignee;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }

    public String getDoneBy() {
        return doneBy;
    }
}
