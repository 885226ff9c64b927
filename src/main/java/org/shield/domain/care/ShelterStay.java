package org.shield.domain.care;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
 * A stay of a victim in a shelter: admitted on a day, in a room or bed, until they leave (with the reason).
 * A transfer ends one stay and starts the next, which names the one it came from.
 */
@Entity
@Table(name = "shelter_stay")
public class ShelterStay extends BaseEntity {
    @Column(name = "case_id", nullable = false, updatable = false)
    private UUID caseId;
    @Column(name = "person_id", nullable = false, updatable = false)
    private UUID personId;
    @Column(name = "shelter_id", nullable = false, updatable = false)
    private UUID shelterId;
    @Column(name = "admitted_on", nullable = false)
    private LocalDate admittedOn;
    @Column(name = "room", length = 100)
    private String room;
    @Column(name = "left_on")
    private LocalDate leftOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "departure_reason", length = 40)
    private DepartureReason departureReason;
    @Column(name = "departure_note", length = 1000)
    private String departureNote;
    @Column(name = "transferred_from")
    private UUID transferredFrom;

    protected ShelterStay() {
        // for JPA
    }

    public ShelterStay(UUID caseId, UUID personId, UUID shelterId, LocalDate admittedOn, String room,
            UUID transferredFrom, LocalDate today, String actor, Instant at) {
        super(actor, at);
        if (caseId == null || personId == null) {
            throw new IllegalArgumentException("case and person required");
        }
        if (shelterId == null) {
            throw new DomainRuleViolation("care.shelter.required");
        }
        if (admittedOn == null) {
            throw new DomainRuleViolation("care.admittedOn.required");
        }
        if (admittedOn.isAfter(today)) {
            throw new DomainRuleViolation("care.admittedOn.future");
        }
        this.caseId = caseId;
        this.personId = personId;
        this.shelterId = shelterId;
        this.admittedOn = admittedOn;
        this.room = Text.optional(room, "care.room", 100);
        this.transferredFrom = transferredFrom;
    }

    /** The person left on {@code day} for {@code reason}. */
    public void leave(LocalDate day, DepartureReason reason, String note, LocalDate today, String actor, Instant at) {
        if (leftOn != null) {
            throw new DomainRuleViolation("care.alreadyLeft");
        }
        if (day == null || reason == null) {
            throw new DomainRuleViolation("care.departure.required");
        }
        if (day.isBefore(admittedOn)) {
            throw new DomainRuleViolation("care.leftBeforeAdmitted");
        }
        if (day.isAfter(today)) {
            throw new DomainRuleViolation("care.leftOn.future");
        }
        touch(actor, at);
        this.leftOn = day;
        this.departureReason = reason;
        this.departureNote = Text.optional(note, "care.departureNote", 1000);
    }

    public boolean isCurrent() {
        return leftOn == null;
    }

    public Map<String, String> auditState() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("caseId", caseId.toString());
        m.put("personId", personId.toString());
        m.put("shelterId", shelterId.toString());
        m.put("admittedOn", admittedOn.toString());
        m.put("room", room);
        m.put("leftOn", leftOn == null ? null : leftOn.toString());
        m.put("departureReason", departureReason == null ? null : departureReason.name());
        m.put("departureNote", departureNote);
        m.put("transferredFrom", transferredFrom == null ? null : transferredFrom.toString());
        return m;
    }

    public UUID getCaseId() {
        return caseId;
    }

    public UUID getPersonId() {
        return personId;
    }

    public UUID getShelterId() {
        return shelterId;
    }

    public LocalDate getAdmittedOn() {
        return admittedOn;
    }

    public String getRoom() {
        return room;
    }

    public LocalDate getLeftOn() {
        return leftOn;
    }

    public DepartureReason getDepartureReason() {
        return departureReason;
    }

    public String getDepartureNote() {
        return departureNote;
    }

    public UUID getTransferredFrom() {
        return transferredFrom;
    }
}
