package org.shield.domain.repatriation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.shield.domain.care.RiskLevel;
import org.shield.domain.common.BaseEntity;
import org.shield.domain.common.DomainRuleViolation;
import org.shield.domain.common.Text;

/**
 * The return of a victim to their country or place of origin: the plan ({@link ReturnPlan}), the handover
 * to the receiving organisation, and whether the person was trafficked again afterwards. The status follows
 * the facts: Planned, DocumentsReady once nationality is verified and a travel document issued, HandedOver,
 * or Cancelled. Whether the person consents is not held here: the service checks the consent record.
 */
@Entity
@Table(name = "repatriation")
public class Repatriation extends BaseEntity {
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    @Column(name = "case_id", nullable = false, updatable = false)
    private UUID caseId;
    @Column(name = "person_id", nullable = false, updatable = false)
    private UUID personId;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private RepatriationStatus status;
    @Column(name = "country", nullable = false, length = 2)
    private String country;
    @Column(name = "place_of_return", length = 300)
    private String placeOfReturn;
    @Enumerated(EnumType.STRING)
    @Column(name = "nationality_verification", nullable = false, length = 20)
    private NationalityVerification nationalityVerification;
    @Column(name = "nationality_verified_on")
    private LocalDate nationalityVerifiedOn;
    @Column(name = "nationality_verified_by", length = 200)
    private String nationalityVerifiedBy;
    @Enumerated(EnumType.STRING)
    @Column(name = "travel_document_type", length = 30)
    private TravelDocumentType travelDocumentType;
    @Column(name = "issuing_embassy", length = 200)
    private String issuingEmbassy;
    @Column(name = "document_issued_on")
    private LocalDate documentIssuedOn;
    @Column(name = "document_expires_on")
    private LocalDate documentExpiresOn;
    @Column(name = "consular_contact", length = 200)
    private String consularContact;
    @Column(name = "consular_contact_on")
    private LocalDate consularContactOn;
    @Column(name = "network_danger", length = 2000)
    private String networkDanger;
    @Column(name = "broker_debt", length = 2000)
    private String brokerDebt;
    @Column(name = "family_situation", length = 2000)
    private String familySituation;
    @Enumerated(EnumType.STRING)
    @Column(name = "overall_risk", length = 10)
    private RiskLevel overallRisk;
    @Column(name = "receiving_org_id")
    private UUID receivingOrganisationId;
    @Column(name = "receiving_org_name", length = 200)
    private String receivingOrganisationName;
    @Column(name = "handed_over_on")
    private LocalDate handedOverOn;
    @Column(name = "handover_place", length = 300)
    private String handoverPlace;
    @Column(name = "handed_over_by", length = 200)
    private String handedOverBy;
    @Column(name = "handed_over_to", length = 200)
    private String handedOverTo;
    @Column(name = "cancel_reason", length = 1000)
    private String cancelReason;
    @Column(name = "re_trafficked", nullable = false)
    private boolean reTrafficked;
    @Column(name = "re_trafficked_on")
    private LocalDate reTraffickedOn;

    protected Repatriation() {
        // for JPA
    }

    public Repatriation(UUID caseId, UUID personId, ReturnPlan plan, LocalDate today, String actor, Instant at) {
        super(actor, at);
        if (caseId == null || personId == null) {
            throw new IllegalArgumentException("case and person required");
        }
        this.caseId = caseId;
        this.personId = personId;
        apply(plan, today);
    }

    /** Changes the plan; only before the handover and while not cancelled. */
    public void replan(ReturnPlan plan, LocalDate today, String actor, Instant at) {
        requireOpen();
        touch(actor, at);
        apply(plan, today);
    }

    private void apply(ReturnPlan plan, LocalDate today) {
        if (plan == null) {
            throw new DomainRuleViolation("return.country.required");
        }
        String c = Text.trimToNull(plan.country());
        if (c == null) {
            throw new DomainRuleViolation("return.country.required");
        }
        c = c.toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(c)) {
            throw new DomainRuleViolation("return.country.invalid");
        }
        NationalityVerification nv = plan.nationalityVerification() == null ? NationalityVerification.NotStarted
                : plan.nationalityVerification();
        if (nv == NationalityVerification.Verified && plan.nationalityVerifiedOn() == null) {
            throw new DomainRuleViolation("return.verifiedOn.required");
        }
        notFuture(plan.nationalityVerifiedOn(), today);
        notFuture(plan.documentIssuedOn(), today);
        notFuture(plan.consularContactOn(), today);
        if (plan.documentIssuedOn() != null && plan.documentExpiresOn() != null
                && !plan.documentExpiresOn().isAfter(plan.documentIssuedOn())) {
            throw new DomainRuleViolation("return.document.expiresBeforeIssued");
        }
        String orgName = Text.optional(plan.receivingOrganisationName(), "return.receivingOrganisation", 200);
        if (plan.receivingOrganisationId() != null && orgName != null) {
            throw new DomainRuleViolation("return.receivingOrganisation.oneOf");
        }
        this.country = c;
        this.placeOfReturn = Text.optional(plan.placeOfReturn(), "return.place", 300);
        this.nationalityVerification = nv;
        this.nationalityVerifiedOn = plan.nationalityVerifiedOn();
        this.nationalityVerifiedBy = Text.optional(plan.nationalityVerifiedBy(), "return.verifiedBy", 200);
        this.travelDocumentType = plan.travelDocumentType();
        this.issuingEmbassy = Text.optional(plan.issuingEmbassy(), "return.embassy", 200);
        this.documentIssuedOn = plan.documentIssuedOn();
        this.documentExpiresOn = plan.documentExpiresOn();
        this.consularContact = Text.optional(plan.consularContact(), "return.consularContact", 200);
        this.consularContactOn = plan.consularContactOn();
        this.networkDanger = Text.optional(plan.networkDanger(), "return.networkDanger", 2000);
        this.brokerDebt = Text.optional(plan.brokerDebt(), "return.brokerDebt", 2000);
        this.familySituation = Text.optional(plan.familySituation(), "return.familySituation", 2000);
        this.overallRisk = plan.overallRisk();
        this.receivingOrganisationId = plan.receivingOrganisationId();
        this.receivingOrganisationName = orgName;
        this.status = documentsReady() ? RepatriationStatus.DocumentsReady : RepatriationStatus.Planned;
    }

    private boolean documentsReady() {
        return nationalityVerification == NationalityVerification.Verified && travelDocumentType != null
                && documentIssuedOn != null;
    }

    private static void notFuture(LocalDate day, LocalDate today) {
        if (day != null && day.isAfter(today)) {
            throw new DomainRuleViolation("return.date.future");
        }
    }

    private void requireOpen() {
        if (status == RepatriationStatus.HandedOver) {
            throw new DomainRuleViolation("return.alreadyHandedOver");
        }
        if (status == RepatriationStatus.Cancelled) {
            throw new DomainRuleViolation("return.cancelled");
        }
    }

    /**
     * The person was handed over to the receiving organisation on {@code day} at {@code place}: the return is
     * done and the follow-ups start counting from that day.
     */
    public void handOver(LocalDate day, String place, String by, String to, LocalDate today, String actor,
            Instant at) {
        requireOpen();
        if (day == null) {
            throw new DomainRuleViolation("return.handover.dateRequired");
        }
        if (day.isAfter(today)) {
            throw new DomainRuleViolation("return.date.future");
        }
        String p = Text.required(place, "return.handoverPlace", 300);
        String b = Text.required(by, "return.handedOverBy", 200);
        String t = Text.required(to, "return.handedOverTo", 200);
        touch(actor, at);
        this.handedOverOn = day;
        this.handoverPlace = p;
        this.handedOverBy = b;
        this.handedOverTo = t;
        this.status = RepatriationStatus.HandedOver;
    }

    /** Calls the return off (the person withdrew consent, the risk at origin is too high, ...). */
    public void cancel(String reason, String actor, Instant at) {
        requireOpen();
        String r = Text.required(reason, "return.cancelReason", 1000);
        touch(actor, at);
        this.cancelReason = r;
        this.status = RepatriationStatus.Cancelled;
    }

    /** Flags that the person was trafficked again after the return (first report's day kept). */
    public void flagReTrafficked(LocalDate day, String actor, Instant at) {
        if (status != RepatriationStatus.HandedOver) {
            throw new DomainRuleViolation("return.notHandedOver");
        }
        if (!reTrafficked) {
            touch(actor, at);
            this.reTrafficked = true;
            this.reTraffickedOn = day;
        }
    }

    public Map<String, String> auditState() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("caseId", caseId.toString());
        m.put("personId", personId.toString());
        m.put("status", status.name());
        m.put("country", country);
        m.put("placeOfReturn", placeOfReturn);
        m.put("nationalityVerification", nationalityVerification.name());
        m.put("nationalityVerifiedOn", str(nationalityVerifiedOn));
        m.put("nationalityVerifiedBy", nationalityVerifiedBy);
        m.put("travelDocumentType", travelDocumentType == null ? null : travelDocumentType.name());
        m.put("issuingEmbassy", issuingEmbassy);
        m.put("documentIssuedOn", str(documentIssuedOn));
        m.put("documentExpiresOn", str(documentExpiresOn));
        m.put("consularContact", consularContact);
        m.put("consularContactOn", str(consularContactOn));
        m.put("networkDanger", networkDanger);
        m.put("brokerDebt", brokerDebt);
        m.put("familySituation", familySituation);
        m.put("overallRisk", overallRisk == null ? null : overallRisk.name());
        m.put("receivingOrganisationId", receivingOrganisationId == null ? null : receivingOrganisationId.toString());
        m.put("receivingOrganisationName", receivingOrganisationName);
        m.put("handedOverOn", str(handedOverOn));
        m.put("handoverPlace", handoverPlace);
        m.put("handedOverBy", handedOverBy);
        m.put("handedOverTo", handedOverTo);
        m.put("cancelReason", cancelReason);
        m.put("reTrafficked", Boolean.toString(reTrafficked));
        m.put("reTraffickedOn", str(reTraffickedOn));
        return m;
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    /** The plan as it stands, for editing. */
    public ReturnPlan plan() {
        return new ReturnPlan(country, placeOfReturn, nationalityVerification, nationalityVerifiedOn,
                nationalityVerifiedBy, travelDocumentType, issuingEmbassy, documentIssuedOn, documentExpiresOn,
                consularContact, consularContactOn, networkDanger, brokerDebt, familySituation, overallRisk,
                receivingOrganisationId, receivingOrganisationName);
    }

    public boolean isOpen() {
        return status == RepatriationStatus.Planned || status == RepatriationStatus.DocumentsReady;
    }

    public UUID getCaseId() {
        return caseId;
    }

    public UUID getPersonId() {
        return personId;
    }

    public RepatriationStatus getStatus() {
        return status;
    }

    public LocalDate getHandedOverOn() {
        return handedOverOn;
    }

    public String getHandoverPlace() {
        return handoverPlace;
    }

    public String getHandedOverBy() {
        return handedOverBy;
    }

    public String getHandedOverTo() {
        return handedOverTo;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public boolean isReTrafficked() {
        return reTrafficked;
    }

    public LocalDate getReTraffickedOn() {
        return reTraffickedOn;
    }

    public UUID getReceivingOrganisationId() {
        return receivingOrganisationId;
    }
}
