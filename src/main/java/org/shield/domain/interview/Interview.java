package org.shield.domain.interview;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.shield.domain.common.BaseEntity;
import org.shield.domain.common.DomainRuleViolation;

/**
 * An interview of a person in a case: conditions, consent answers and the statement. Editable while
 * {@link InterviewState#Open}; the interviewer's sign-off freezes it and stores the SHA-256 of its content
 * (what a court copy can be checked against); from then on every setter refuses and a change is an
 * {@link InterviewAddendum}. A supervisor may return an interview awaiting countersignature, which reopens
 * it; the return and its reason are recorded.
 */
@Entity
@Table(name = "interview")
public class Interview extends BaseEntity {
    @Column(name = "case_id", nullable = false, updatable = false)
    private UUID caseId;
    @Column(name = "person_id", nullable = false, updatable = false)
    private UUID personId;
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 30)
    private InterviewKind kind;
    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 30)
    private InterviewState state;

    @Column(name = "interview_date")
    private LocalDate date;
    @Column(name = "start_time")
    private LocalTime start;
    @Column(name = "end_time")
    private LocalTime end;
    @Column(name = "place", length = 300)
    private String place;
    @Column(name = "interviewers", length = 500)
    private String interviewers;
    @Column(name = "interpreter", length = 200)
    private String interpreter;
    @Column(name = "languages", length = 200)
    private String languages;
    @Column(name = "support_person", length = 200)
    private String supportPerson;
    @Column(name = "minor", nullable = false)
    private boolean minor;
    @Column(name = "breaks", length = 1000)
    private String breaks;
    @Column(name = "recording_exhibit_id")
    private UUID recordingExhibitId;

    @Enumerated(EnumType.STRING)
    @Column(name = "c_agreed", nullable = false, length = 12)
    private ConsentAnswer agreed;
    @Enumerated(EnumType.STRING)
    @Column(name = "c_purpose", nullable = false, length = 12)
    private ConsentAnswer toldPurpose;
    @Enumerated(EnumType.STRING)
    @Column(name = "c_data_use", nullable = false, length = 12)
    private ConsentAnswer toldDataUse;
    @Enumerated(EnumType.STRING)
    @Column(name = "c_research", nullable = false, length = 12)
    private ConsentAnswer toldResearchUse;
    @Enumerated(EnumType.STRING)
    @Column(name = "c_right_to_see", nullable = false, length = 12)
    private ConsentAnswer toldRightToSee;
    @Enumerated(EnumType.STRING)
    @Column(name = "c_retention", nullable = false, length = 12)
    private ConsentAnswer toldRetention;
    @Enumerated(EnumType.STRING)
    @Column(name = "c_withdrawal", nullable = false, length = 12)
    private ConsentAnswer toldWithdrawal;
    @Enumerated(EnumType.STRING)
    @Column(name = "c_caution", nullable = false, length = 12)
    private ConsentAnswer cautionGiven;
    @Enumerated(EnumType.STRING)
    @Column(name = "c_counsel", nullable = false, length = 12)
    private ConsentAnswer legalCounsel;

    @Column(name = "statement_language", length = 20)
    private String statementLanguage;
    @Lob
    @Column(name = "statement")
    private String statement;
    @Column(name = "translation_language", length = 20)
    private String translationLanguage;
    @Lob
    @Column(name = "translation")
    private String translation;
    @Column(name = "translator", length = 200)
    private String translator;

    @Column(name = "signed_off_by", length = 64)
    private String signedOffBy;
    @Column(name = "signed_off_at")
    private Instant signedOffAt;
    @Column(name = "content_sha256", length = 64)
    private String contentSha256;
    @Column(name = "countersigned_by", length = 64)
    private String countersignedBy;
    @Column(name = "countersigned_at")
    private Instant countersignedAt;
    @Column(name = "returned_reason", length = 2000)
    private String returnedReason;
    /** Everyone who changed the content while it was open, comma-separated: none of them may countersign. */
    @Column(name = "content_editors", length = 2000)
    private String contentEditors;

    protected Interview() {
        // for JPA
    }

    public Interview(UUID caseId, UUID personId, InterviewKind kind, String actor, Instant at) {
        super(actor, at);
        if (caseId == null || personId == null || kind == null) {
            throw new IllegalArgumentException("case, person and kind required");
        }
        this.caseId = caseId;
        this.personId = personId;
        this.kind = kind;
        this.state = InterviewState.Open;
        setConsent(Consent.NONE);
    }

    /** Notes that this user changed the content (call once per save); they may then not countersign it. */
    public void editedBy(String actor) {
        ensureOpen();
        java.util.Set<String> all = new java.util.TreeSet<>(editors());
        all.add(actor);
        String joined = String.join(",", all);
        this.contentEditors = joined.length() > 2000 ? contentEditors : joined;
    }

    private java.util.Set<String> editors() {
        return contentEditors == null || contentEditors.isEmpty() ? java.util.Set.of()
                : java.util.Set.of(contentEditors.split(","));
    }

    public void setConditions(InterviewConditions c) {
        ensureOpen();
        InterviewConditions v = c == null ? InterviewConditions.empty() : c;
        date = v.date();
        start = v.start();
        end = v.end();
        place = v.place();
        interviewers = v.interviewers();
        interpreter = v.interpreter();
        languages = v.languages();
        supportPerson = v.supportPerson();
        minor = v.minor();
        breaks = v.breaks();
        recordingExhibitId = v.recordingExhibitId();
    }

    public final void setConsent(Consent c) {
        ensureOpen();
        Consent v = c == null ? Consent.NONE : c;
        agreed = v.agreed();
        toldPurpose = v.toldPurpose();
        toldDataUse = v.toldDataUse();
        toldResearchUse = v.toldResearchUse();
        toldRightToSee = v.toldRightToSee();
        toldRetention = v.toldRetention();
        toldWithdrawal = v.toldWithdrawal();
        cautionGiven = v.cautionGiven();
        legalCounsel = v.legalCounsel();
    }

    public void setStatement(Statement s) {
        ensureOpen();
        Statement v = s == null ? Statement.NONE : s;
        statementLanguage = v.language();
        statement = v.text();
        translationLanguage = v.translationLanguage();
        translation = v.translation();
        translator = v.translator();
    }

    /**
     * The interviewer signs the interview off: it is frozen and its content hash kept. Needs the person's
     * agreement recorded as yes, a statement or translation (a translation with its translator), and for a
     * suspect the caution given.
     */
    public void signOff(String actor, Instant at, boolean countersignRequired) {
        ensureOpen();
        if (agreed != ConsentAnswer.Yes) {
            throw new DomainRuleViolation("interview.signOff.noConsent");
        }
        if (kind == InterviewKind.Suspect && cautionGiven != ConsentAnswer.Yes) {
            throw new DomainRuleViolation("interview.signOff.noCaution");
        }
        getStatement().requireComplete();
        if (date == null) {
            throw new DomainRuleViolation("interview.date.required");
        }
        touch(actor, at);
        signedOffBy = actor;
        signedOffAt = at;
        contentSha256 = contentHash();
        returnedReason = null;
        state = countersignRequired ? InterviewState.AwaitingCountersign : InterviewState.SignedOff;
    }

    /** A supervisor countersigns; never the person who signed it off. */
    public void countersign(String actor, Instant at) {
        if (state != InterviewState.AwaitingCountersign) {
            throw new DomainRuleViolation("interview.notAwaitingCountersign");
        }
        if (Objects.equals(actor, signedOffBy) || editors().contains(actor)) {
            throw new DomainRuleViolation("interview.countersignOwn");
        }
        touch(actor, at);
        countersignedBy = actor;
        countersignedAt = at;
        state = InterviewState.SignedOff;
    }

    /** A supervisor returns an interview awaiting countersignature: it reopens, the sign-off is withdrawn. */
    public void returnForCorrection(String actor, Instant at, String reason) {
        if (state != InterviewState.AwaitingCountersign) {
            throw new DomainRuleViolation("interview.notAwaitingCountersign");
        }
        returnedReason = org.shield.domain.common.Text.required(reason, "interview.returnReason", 2000);
        touch(actor, at);
        signedOffBy = null;
        signedOffAt = null;
        contentSha256 = null;
        state = InterviewState.Open;
    }

    public boolean isFrozen() {
        return state != InterviewState.Open;
    }

    private void ensureOpen() {
        ensureNotDeleted();
        if (isFrozen()) {
            throw new DomainRuleViolation("interview.frozen");
        }
    }

    @Override
    public void markDeleted(String actor, Instant at, String reason) {
        if (isFrozen()) {
            throw new DomainRuleViolation("interview.frozen");
        }
        super.markDeleted(actor, at, reason);
    }

    /** The SHA-256 of the signed content: every field of {@link #contentState()} in a fixed order. */
    public String contentHash() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, String> e : contentState().entrySet()) {
                md.update(e.getKey().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0x1f);
                md.update(e.getValue() == null ? new byte[] {0} : e.getValue().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0x1e);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every field that the sign-off covers, by name, in a fixed order; also what the audit trail diffs. */
    public Map<String, String> contentState() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("caseId", caseId.toString());
        m.put("personId", personId.toString());
        m.put("kind", kind.name());
        m.put("date", str(date));
        m.put("start", str(start));
        m.put("end", str(end));
        m.put("place", place);
        m.put("interviewers", interviewers);
        m.put("interpreter", interpreter);
        m.put("languages", languages);
        m.put("supportPerson", supportPerson);
        m.put("minor", String.valueOf(minor));
        m.put("breaks", breaks);
        m.put("recordingExhibitId", str(recordingExhibitId));
        Consent c = getConsent();
        m.put("agreed", c.agreed().name());
        m.put("toldPurpose", c.toldPurpose().name());
        m.put("toldDataUse", c.toldDataUse().name());
        m.put("toldResearchUse", c.toldResearchUse().name());
        m.put("toldRightToSee", c.toldRightToSee().name());
        m.put("toldRetention", c.toldRetention().name());
        m.put("toldWithdrawal", c.toldWithdrawal().name());
        m.put("cautionGiven", c.cautionGiven().name());
        m.put("legalCounsel", c.legalCounsel().name());
        m.put("statementLanguage", statementLanguage);
        m.put("statement", statement);
        m.put("translationLanguage", translationLanguage);
        m.put("translation", translation);
        m.put("translator", translator);
        return m;
    }

    /** The state and signatures, for the audit trail. */
    public Map<String, String> auditState() {
        Map<String, String> m = contentState();
        m.put("state", state.name());
        m.put("signedOffBy", signedOffBy);
        m.put("contentSha256", contentSha256);
        m.put("countersignedBy", countersignedBy);
        return m;
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    public UUID getCaseId() {
        return caseId;
    }

    public UUID getPersonId() {
        return personId;
    }

    public InterviewKind getKind() {
        return kind;
    }

    public InterviewState getState() {
        return state;
    }

    public InterviewConditions getConditions() {
        return new InterviewConditions(date, start, end, place, interviewers, interpreter, languages, supportPerson,
                minor, breaks, recordingExhibitId);
    }

    public Consent getConsent() {
        return new Consent(agreed, toldPurpose, toldDataUse, toldResearchUse, toldRightToSee, toldRetention,
                toldWithdrawal, cautionGiven, legalCounsel);
    }

    public Statement getStatement() {
        return new Statement(statementLanguage, statement, translationLanguage, translation, translator);
    }

    public LocalDate getDate() {
        return date;
    }

    public String getSignedOffBy() {
        return signedOffBy;
    }

    public Instant getSignedOffAt() {
        return signedOffAt;
    }

    public String getContentSha256() {
        return contentSha256;
    }

    public String getCountersignedBy() {
        return countersignedBy;
    }

    public Instant getCountersignedAt() {
        return countersignedAt;
    }

    public String getReturnedReason() {
        return returnedReason;
    }
}
