package org.shield.domain.screening;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.shield.domain.common.BaseEntity;
import org.shield.domain.common.DomainRuleViolation;
import org.shield.domain.common.Text;

/**
 * One screening of a person in a case against the indicator checklists: who assessed, when, for which
 * population and form of exploitation, and every answer. A screening is recorded whole and never changed:
 * a re-assessment is a new screening, so the earlier ones stay as they were.
 */
@Entity
@Table(name = "screening")
public class Screening extends BaseEntity {
    @Column(name = "case_id", nullable = false, updatable = false)
    private UUID caseId;
    @Column(name = "person_id", nullable = false, updatable = false)
    private UUID personId;
    @Enumerated(EnumType.STRING)
    @Column(name = "population", nullable = false, updatable = false, length = 10)
    private Population population;
    @Enumerated(EnumType.STRING)
    @Column(name = "exploitation", nullable = false, updatable = false, length = 10)
    private ExploitationForm exploitation;
    @Column(name = "assessed_on", nullable = false, updatable = false)
    private LocalDate assessedOn;
    @Column(name = "summary_note", updatable = false, length = 4000)
    private String note;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "screening_answer", joinColumns = @JoinColumn(name = "screening_id"))
    @OrderColumn(name = "position")
    private List<ScreeningAnswer> answers = new ArrayList<>();

    protected Screening() {
        // for JPA
    }

    public Screening(UUID caseId, UUID personId, Population population, ExploitationForm exploitation,
            LocalDate assessedOn, String note, List<ScreeningAnswer> answers, IndicatorCatalogue catalogue,
            String actor, Instant at) {
        super(actor, at);
        if (caseId == null || personId == null || population == null || exploitation == null || assessedOn == null) {
            throw new IllegalArgumentException("case, person, population, exploitation and date required");
        }
        this.caseId = caseId;
        this.personId = personId;
        this.population = population;
        this.exploitation = exploitation;
        this.assessedOn = assessedOn;
        this.note = Text.optional(note, "screening.note", 4000);
        Set<String> seen = new HashSet<>();
        for (ScreeningAnswer a : answers) {
            Indicator i = catalogue.find(a.getCode())
                    .orElseThrow(() -> new DomainRuleViolation("screening.unknownIndicator"));
            if (!i.appliesTo(population, exploitation)) {
                throw new DomainRuleViolation("screening.indicatorNotInChecklist");
            }
            if (!seen.add(a.getCode())) {
                throw new DomainRuleViolation("screening.duplicateAnswer");
            }
            this.answers.add(a);
        }
        if (this.answers.isEmpty()) {
            throw new DomainRuleViolation("screening.noAnswers");
        }
    }

    @Override
    public void touch(String actor, Instant at) {
        throw new DomainRuleViolation("screening.appendOnly");
    }

    /** The reasonable-grounds summary of these answers (computed, never stored). */
    public ReasonableGrounds grounds(IndicatorCatalogue catalogue) {
        Map<Indicator, Answer> map = new LinkedHashMap<>();
        for (ScreeningAnswer a : answers) {
            catalogue.find(a.getCode()).ifPresent(i -> map.put(i, a.getAnswer()));
        }
        return ReasonableGrounds.assess(population, map);
    }

    public UUID getCaseId() {
        return caseId;
    }

    public UUID getPersonId() {
        return personId;
    }

    public Population getPopulation() {
        return population;
    }

    public ExploitationForm getExploitation() {
        return exploitation;
    }

    public LocalDate getAssessedOn() {
        return assessedOn;
    }

    public String getNote() {
        return note;
    }

    public List<ScreeningAnswer> getAnswers() {
        return List.copyOf(answers);
    }
}
