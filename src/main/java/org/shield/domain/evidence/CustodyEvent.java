package org.shield.domain.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.shield.domain.common.BaseEntity;
import org.shield.domain.common.DomainRuleViolation;
import org.shield.domain.common.Text;

/**
 * One step of an exhibit's chain of custody (REFERENCE §6). Append-only: no setters, and {@link #touch}
 * refuses; a mistake is corrected by a later event that says so. Each event names the one before it and
 * carries its number in the chain, and the same content is written to the tamper-evident audit trail in
 * the same transaction, so a removed or altered event is found by comparing the two.
 * {@code occurredAt} is when it happened (it may be entered after the fact); {@code createdAt} and
 * {@code createdBy} are when and by whom it was recorded.
 */
@Entity
@Table(name = "custody_event")
public class CustodyEvent extends BaseEntity {
    @Column(name = "exhibit_id", nullable = false, updatable = false)
    private UUID exhibitId;
    @Column(name = "case_id", nullable = false, updatable = false)
    private UUID caseId;
    @Column(name = "seq", nullable = false, updatable = false)
    private int sequence;
    @Column(name = "previous_event_id", updatable = false)
    private UUID previousEventId;
    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, updatable = false, length = 20)
    private CustodyAction action;
    @Column(name = "from_custodian", updatable = false, length = 64)
    private String fromCustodian;
    @Column(name = "to_custodian", updatable = false, length = 64)
    private String toCustodian;
    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;
    @Column(name = "place", updatable = false, length = 300)
    private String place;
    @Column(name = "purpose", updatable = false, length = 1000)
    private String purpose;
    @Column(name = "storage_after", updatable = false, length = 300)
    private String storageAfter;
    @Column(name = "hash_checked", updatable = false, length = 64)
    private String hashChecked;
    @Enumerated(EnumType.STRING)
    @Column(name = "hash_result", nullable = false, updatable = false, length = 20)
    private HashCheck hashResult;
    @Column(name = "number_before", updatable = false, length = 20)
    private String numberBefore;
    @Column(name = "number_after", updatable = false, length = 20)
    private String numberAfter;

    protected CustodyEvent() {
        // for JPA
    }

    /** The next event after {@code previous} (null for the first), numbered on from it. */
    public CustodyEvent(Exhibit exhibit, CustodyEvent previous, CustodyAction action, String from, String to,
            Instant occurredAt, String place, String purpose, String storageAfter, String hashChecked,
            HashCheck hashResult, String actor, Instant at) {
        this(exhibit, previous, action, from, to, occurredAt, place, purpose, storageAfter, hashChecked, hashResult,
                null, null, actor, at);
    }

    /**
     * The next event, naming the exhibit's number before and after it: both for {@link CustodyAction#Relabelled}
     * (and different), neither for any other step.
     */
    public CustodyEvent(Exhibit exhibit, CustodyEvent previous, CustodyAction action, String from, String to,
            Instant occurredAt, String place, String purpose, String storageAfter, String hashChecked,
            HashCheck hashResult, String numberBefore, String numberAfter, String actor, Instant at) {
        // the database keeps microseconds: keep no more, so the event reads back exactly as recorded
        super(actor, at.truncatedTo(java.time.temporal.ChronoUnit.MICROS));
        if (exhibit == null || action == null || occurredAt == null) {
            throw new IllegalArgumentException("exhibit, action and time required");
        }
        if (previous != null && !previous.exhibitId.equals(exhibit.getId())) {
            throw new IllegalArgumentException("previous event of another exhibit");
        }
        this.exhibitId = exhibit.getId();
        this.caseId = exhibit.getCaseId();
        this.sequence = previous == null ? 1 : previous.sequence + 1;
        this.previousEventId = previous == null ? null : previous.getId();
        this.action = action;
        this.fromCustodian = Text.optional(from, "custody.from", 64);
        this.toCustodian = Text.optional(to, "custody.to", 64);
        if ((action == CustodyAction.Transferred || action == CustodyAction.Received) && (fromCustodian == null
                || toCustodian == null)) {
            throw new DomainRuleViolation("custody.transferNeedsBoth");
        }
        if (action == CustodyAction.Transferred && fromCustodian.equals(toCustodian)) {
            throw new DomainRuleViolation("custody.transferToSelf");
        }
        // the database keeps microseconds: keep no more, so the event reads back exactly as it was recorded
        this.occurredAt = occurredAt.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        this.place = Text.optional(place, "custody.place", 300);
        this.purpose = Text.optional(purpose, "custody.purpose", 1000);
        this.storageAfter = Text.optional(storageAfter, "custody.storageAfter", 300);
        this.hashResult = hashResult == null ? HashCheck.NotChecked : hashResult;
        this.hashChecked = hashChecked;
        if (this.hashResult != HashCheck.NotChecked && this.hashResult != HashCheck.Unreadable && hashChecked == null) {
            throw new IllegalArgumentException("a hash check needs the hash found");
        }
        boolean relabel = action == CustodyAction.Relabelled;
        if (relabel != (numberBefore != null && numberAfter != null) || relabel && numberBefore.equals(numberAfter)
                || !relabel && (numberBefore != null || numberAfter != null)) {
            throw new IllegalArgumentException("a relabel names two different numbers, and only a relabel");
        }
        this.numberBefore = numberBefore;
        this.numberAfter = numberAfter;
    }

    @Override
    public void touch(String actor, Instant at) {
        throw new DomainRuleViolation("custody.appendOnly");
    }

    @Override
    public void markDeleted(String actor, Instant at, String reason) {
        throw new DomainRuleViolation("custody.appendOnly");
    }

    /** The event as written to the audit trail, and compared with it when the chain is checked. */
    public Map<String, String> auditState() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("eventId", getId().toString());
        m.put("seq", Integer.toString(sequence));
        m.put("previousEventId", previousEventId == null ? null : previousEventId.toString());
        m.put("action", action.name());
        m.put("from", fromCustodian);
        m.put("to", toCustodian);
        m.put("occurredAt", occurredAt.toString());
        m.put("place", place);
        m.put("purpose", purpose);
        m.put("storageAfter", storageAfter);
        m.put("hashChecked", hashChecked);
        m.put("hashResult", hashResult.name());
        if (numberBefore != null) { // only a relabel: steps recorded before relabelling existed have no such fields
            m.put("numberBefore", numberBefore);
            m.put("numberAfter", numberAfter);
        }
        m.put("recordedBy", getCreatedBy());
        m.put("recordedAt", getCreatedAt().toString());
        return m;
    }

    public UUID getExhibitId() {
        return exhibitId;
    }

    public UUID getCaseId() {
        return caseId;
    }

    public int getSequence() {
        return sequence;
    }

    public UUID getPreviousEventId() {
        return previousEventId;
    }

    public CustodyAction getAction() {
        return action;
    }

    public String getFromCustodian() {
        return fromCustodian;
    }

    public String getToCustodian() {
        return toCustodian;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getPlace() {
        return place;
    }

    public String getPurpose() {
        return purpose;
    }

    public String getStorageAfter() {
        return storageAfter;
    }

    public String getHashChecked() {
        return hashChecked;
    }

    public HashCheck getHashResult() {
        return hashResult;
    }

    /** The exhibit's number before a relabel (null for other steps). */
    public String getNumberBefore() {
        return numberBefore;
    }

    /** The exhibit's number from a relabel on (null for other steps). */
    public String getNumberAfter() {
        return numberAfter;
    }
}
