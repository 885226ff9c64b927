package org.shield.domain.casefile;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import org.shield.domain.common.BaseEntity;
import org.shield.domain.common.DomainRuleViolation;
import org.shield.domain.common.Text;

/**
 * An investigation (HTCDS case). The case number is allocated once and never changes. Closing needs
 * a reason for {@link CaseStatus#ClosedReferred}; reopening clears the closed date.
 */
@Entity
@Table(name = "case_file")
public class CaseFile extends BaseEntity {
    public static final int TITLE_MAX = 200;

    @Column(name = "case_number", nullable = false, updatable = false, length = 40)
    private String caseNumber;

    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private CaseStatus status;

    @Column(name = "closure_reason", length = 500)
    private String closureReason;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "case_exploitation_type", joinColumns = @JoinColumn(name = "case_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "exploitation_type", nullable = false, length = 40)
    private Set<ExploitationType> exploitationTypes = new LinkedHashSet<>();

    @Column(name = "unit_code", nullable = false, length = 32)
    private String unitCode;

    @Column(name = "lead_investigator", length = 64)
    private String leadInvestigator;

    @Column(name = "opened_on", nullable = false)
    private LocalDate openedOn;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Lob
    @Column(name = "summary")
    private String summary;

    @Enumerated(EnumType.STRING)
    @Column(name = "sensitivity", nullable = false, length = 20)
    private Sensitivity sensitivity;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "case_tag", joinColumns = @JoinColumn(name = "case_id"))
    @Column(name = "tag", nullable = false, length = 60)
    private Set<String> tags = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "case_team", joinColumns = @JoinColumn(name = "case_id"))
    @Column(name = "user_name", nullable = false, length = 64)
    private Set<String> team = new TreeSet<>();

    protected CaseFile() {
        // for JPA
    }

    public CaseFile(String caseNumber, String title, String unitCode, LocalDate openedOn, String actor, Instant at) {
        super(actor, at);
        this.caseNumber = Text.required(caseNumber, "case.number", 40);
        this.title = Text.required(title, "case.title", TITLE_MAX);
        this.unitCode = Text.required(unitCode, "case.unit", 32);
        this.openedOn = openedOn == null ? LocalDate.ofInstant(at, java.time.ZoneOffset.UTC) : openedOn;
        this.status = CaseStatus.Active;
        this.sensitivity = Sensitivity.Confidential;
    }

    public void rename(String newTitle) {
        ensureNotDeleted();
        this.title = Text.required(newTitle, "case.title", TITLE_MAX);
    }

    /**
     * Changes the status. Closing stamps the closed date; {@code ClosedReferred} needs a closure reason;
     * reopening (to Active or FollowUp) clears the closure.
     */
    public void changeStatus(CaseStatus newStatus, String reason, LocalDate on) {
        ensureNotDeleted();
        if (newStatus == null) {
            throw new DomainRuleViolation("case.status.required");
        }
        String r = Text.optional(reason, "case.closureReason", 500);
        boolean closing = newStatus == CaseStatus.Closed || newStatus == CaseStatus.ClosedReferred;
        if (newStatus == CaseStatus.ClosedReferred && r == null) {
            throw new DomainRuleViolation("case.closureReason.required");
        }
        if (closing) {
            if (on != null && on.isBefore(openedOn)) {
                throw new DomainRuleViolation("case.closedOn.beforeOpened");
            }
            this.closedOn = on;
            this.closureReason = r;
        } else {
            this.closedOn = null;
            this.closureReason = null;
        }
        this.status = newStatus;
    }

    /**
     * Sets the opening date, status and closure together, so that moving both dates of a closed case,
     * or reopening with a new opening date, is judged on the final dates, not on a half-applied state.
     */
    public void reschedule(LocalDate opened, CaseStatus newStatus, String reason, LocalDate closed) {
        ensureNotDeleted();
        if (opened == null) {
            throw new DomainRuleViolation("case.openedOn.required");
        }
        LocalDate previousOpened = this.openedOn;
        LocalDate previousClosed = this.closedOn;
        this.openedOn = opened;
        this.closedOn = null;
        try {
            changeStatus(newStatus, reason, closed);
        } catch (DomainRuleViolation e) {
            this.openedOn = previousOpened;
            this.closedOn = previousClosed;
            throw e;
        }
    }

    public void describe(String newSummary) {
        ensureNotDeleted();
        this.summary = Text.optional(newSummary, "case.summary", 100_000);
    }

    public void classify(Sensitivity marking) {
        ensureNotDeleted();
        if (marking == null) {
            throw new DomainRuleViolation("case.sensitivity.required");
        }
        this.sensitivity = marking;
    }

    public void assign(String unit, String lead) {
        ensureNotDeleted();
        this.unitCode = Text.required(unit, "case.unit", 32);
        this.leadInvestigator = Text.optional(lead, "case.lead", 64);
    }

    public void openedOn(LocalDate date) {
        ensureNotDeleted();
        if (date == null) {
            throw new DomainRuleViolation("case.openedOn.required");
        }
        if (closedOn != null && closedOn.isBefore(date)) {
            throw new DomainRuleViolation("case.closedOn.beforeOpened");
        }
        this.openedOn = date;
    }

    public void setExploitationTypes(Collection<ExploitationType> types) {
        ensureNotDeleted();
        Set<ExploitationType> next = types == null || types.isEmpty()
                ? EnumSet.noneOf(ExploitationType.class) : EnumSet.copyOf(types);
        exploitationTypes.retainAll(next);
        exploitationTypes.addAll(next);
    }

    public void setTags(Collection<String> newTags) {
        ensureNotDeleted();
        Set<String> next = new TreeSet<>();
        if (newTags != null) {
            for (String t : newTags) {
                String clean = Text.optional(t, "case.tag", 60);
                if (clean != null) {
                    next.add(clean);
                }
            }
        }
        tags.retainAll(next);
        tags.addAll(next);
    }

    /** The team besides the lead: user names of investigators who work the case. */
    public void setTeam(Collection<String> members) {
        ensureNotDeleted();
        Set<String> next = new TreeSet<>();
        if (members != null) {
            for (String m : members) {
                String clean = Text.optional(m, "case.teamMember", 64);
                if (clean != null && !clean.equals(leadInvestigator)) {
                    next.add(clean);
                }
            }
        }
        team.retainAll(next);
        team.addAll(next);
    }

    public Set<String> getTeam() {
        return Collections.unmodifiableSet(team);
    }

    /** True if the user leads the case or is on its team. */
    public boolean isOnTeam(String userName) {
        return userName != null && (userName.equals(leadInvestigator) || team.contains(userName));
    }

    public boolean isClosed() {
        return status == CaseStatus.Closed || status == CaseStatus.ClosedReferred;
    }

    /** The fields as text, for the field-by-field audit of an update. */
    public java.util.Map<String, String> auditState() {
        java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
        m.put("title", title);
        m.put("status", status.name());
        m.put("closureReason", closureReason);
        m.put("exploitationTypes", new TreeSet<>(exploitationTypes.stream().map(Enum::name).toList()).toString());
        m.put("unitCode", unitCode);
        m.put("leadInvestigator", leadInvestigator);
        m.put("team", new TreeSet<>(team).toString());
        m.put("openedOn", String.valueOf(openedOn));
        m.put("closedOn", closedOn == null ? null : closedOn.toString());
        m.put("summary", summary);
        m.put("sensitivity", sensitivity.name());
        m.put("tags", new TreeSet<>(tags).toString());
        return m;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public String getTitle() {
        return title;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public String getClosureReason() {
        return closureReason;
    }

    public Set<ExploitationType> getExploitationTypes() {
        return Collections.unmodifiableSet(exploitationTypes);
    }

    public String getUnitCode() {
        return unitCode;
    }

    public String getLeadInvestigator() {
        return leadInvestigator;
    }

    public LocalDate getOpenedOn() {
        return openedOn;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public String getSummary() {
        return summary;
    }

    public Sensitivity getSensitivity() {
        return sensitivity;
    }

    public Set<String> getTags() {
        return Collections.unmodifiableSet(tags);
    }
}
