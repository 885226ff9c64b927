package org.shield.domain.legal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.shield.domain.common.BaseEntity;
import org.shield.domain.common.DomainRuleViolation;
import org.shield.domain.common.Text;

/**
 * A court date for a victim in a case: when (an instant; entered and shown in Thai time, {@link #ZONE}),
 * which court, what for, and a note of the outcome once held.
 */
@Entity
@Table(name = "court_hearing")
public class CourtHearing extends BaseEntity {
    /** Courts sit in Thailand: hearing times are entered and shown in this zone. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Bangkok");

    @Column(name = "case_id", nullable = false, updatable = false)
    private UUID caseId;
    @Column(name = "person_id", nullable = false, updatable = false)
    private UUID personId;
    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;
    @Column(name = "court", nullable = false, length = 200)
    private String court;
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private HearingKind kind;
    @Column(name = "outcome_note", length = 2000)
    private String outcomeNote;

    protected CourtHearing() {
        // for JPA
    }

    public CourtHearing(UUID caseId, UUID personId, Instant startsAt, String court, HearingKind kind,
            String outcomeNote, String actor, Instant at) {
        super(actor, at);
        if (caseId == null || personId == null) {
            throw new IllegalArgumentException("case and person required");
        }
        if (startsAt == null || kind == null) {
            throw new DomainRuleViolation("legal.hearing.required");
        }
        this.caseId = caseId;
        this.personId = personId;
        this.startsAt = startsAt;
        this.court = Text.required(court, "legal.court", 200);
        this.kind = kind;
        this.outcomeNote = Text.optional(outcomeNote, "legal.outcomeNote", 2000);
    }

    public void recordOutcome(String note, String actor, Instant at) {
        String n = Text.required(note, "legal.outcomeNote", 2000);
        touch(actor, at);
        this.outcomeNote = n;
    }

    public Map<String, String> auditState() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("caseId", caseId.toString());
        m.put("personId", personId.toString());
        m.put("startsAt", startsAt.toString());
        m.put("court", court);
        m.put("kind", kind.name());
        m.put("outcomeNote", outcomeNote);
        return m;
    }

    public UUID getCaseId() {
        return caseId;
    }

    public UUID getPersonId() {
        return personId;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public String getCourt() {
        return court;
    }

    public HearingKind getKind() {
        return kind;
    }

    public String getOutcomeNote() {
        return outcomeNote;
    }
}
