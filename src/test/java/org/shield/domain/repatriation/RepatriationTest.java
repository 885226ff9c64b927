package org.shield.domain.repatriation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.shield.domain.care.RiskLevel;
import org.shield.domain.common.DomainRuleViolation;
import org.shield.domain.legal.ClaimKind;
import org.shield.domain.legal.ClaimOutcome;
import org.shield.domain.legal.CompensationClaim;

class RepatriationTest {
    private static final LocalDate TODAY = LocalDate.of(2027, 11, 30);
    private static final Instant AT = Instant.parse("2027-11-30T03:00:00Z");
    private final UUID caseId = UUID.randomUUID();
    private final UUID personId = UUID.randomUUID();

    private Repatriation planned(ReturnPlan plan) {
        return new Repatriation(caseId, personId, plan, TODAY, "cw", AT);
    }

    private static ReturnPlan ready() {
        return new ReturnPlan("mm", "DEMO Myawaddy", NationalityVerification.Verified, TODAY.minusDays(5),
                "DEMO embassy officer", TravelDocumentType.CertificateOfIdentity, "DEMO Embassy, Bangkok",
                TODAY.minusDays(2), TODAY.plusYears(1), "DEMO consul", TODAY.minusDays(10), "DEMO none known",
                "DEMO 20,000 THB to the broker", "DEMO mother and two siblings", RiskLevel.Medium, null,
                "DEMO receiving NGO");
    }

    @Test
    void aPlanWithOnlyTheCountryIsPlannedAndTheCountryIsAnIsoCode() {
        Repatriation r = planned(ReturnPlan.to("kh"));
        assertThat(r.getStatus()).isEqualTo(RepatriationStatus.Planned);
        assertThat(r.plan().country()).isEqualTo("KH");
        assertThatThrownBy(() -> planned(ReturnPlan.to("XX"))).isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("return.country.invalid");
        assertThatThrownBy(() -> planned(ReturnPlan.to(" "))).isInstanceOf(DomainRuleViolation.class);
    }

    @Test
    void verifiedNationalityAndAnIssuedDocumentMakeTheDocumentsReady() {
        Repatriation r = planned(ReturnPlan.to("MM"));
        r.replan(ready(), TODAY, "cw", AT);
        assertThat(r.getStatus()).isEqualTo(RepatriationStatus.DocumentsReady);
    }

    @Test
    void aDocumentMustExpireAfterItWasIssuedAndNoPlanDateIsInTheFuture() {
        ReturnPlan p = ready();
        ReturnPlan expired = new ReturnPlan(p.country(), null, p.nationalityVerification(),
                p.nationalityVerifiedOn(), null, p.travelDocumentType(), null, TODAY.minusDays(2),
                TODAY.minusDays(3), null, null, null, null, null, null, null, null);
        assertThatThrownBy(() -> planned(expired)).isInstanceOf(DomainRuleViolation.class);
        ReturnPlan future = new ReturnPlan("MM", null, NationalityVerification.Verified, TODAY.plusDays(1), null,
                null, null, null, null, null, null, null, null, null, null, null, null);
        assertThatThrownBy(() -> planned(future)).isInstanceOf(DomainRuleViolation.class);
    }

    @Test
    void handoverEndsThePlanAndFollowUpsCountFromIt() {
        Repatriation r = planned(ready());
        r.handOver(TODAY, "DEMO border checkpoint", "DEMO caseworker", "DEMO receiving NGO", TODAY, "cw", AT);
        assertThat(r.getStatus()).isEqualTo(RepatriationStatus.HandedOver);
        assertThatThrownBy(() -> r.replan(ready(), TODAY, "cw", AT)).isInstanceOf(DomainRuleViolation.class);
        assertThatThrownBy(() -> r.handOver(TODAY, "x", "y", "z", TODAY, "cw", AT))
                .isInstanceOf(DomainRuleViolation.class);
        ReturnFollowUp three = new ReturnFollowUp(r, 3, null, "cw", AT);
        assertThat(three.getDueOn()).as("30 Nov 2027 + 3 months, 2028 a leap year")
                .isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @Test
    void aHandoverNeedsPlaceAndBothPeopleAndCannotBeInTheFuture() {
        Repatriation r = planned(ready());
        assertThatThrownBy(() -> r.handOver(TODAY, " ", "a", "b", TODAY, "cw", AT))
                .isInstanceOf(DomainRuleViolation.class);
        assertThatThrownBy(() -> r.handOver(TODAY.plusDays(1), "p", "a", "b", TODAY, "cw", AT))
                .isInstanceOf(DomainRuleViolation.class);
        assertThat(r.getStatus()).isEqualTo(RepatriationStatus.DocumentsReady);
    }

    @Test
    void reTraffickingIsFlaggedOnlyAfterAReturnAndKeepsTheFirstDay() {
        Repatriation r = planned(ready());
        assertThatThrownBy(() -> r.flagReTrafficked(TODAY, "cw", AT)).isInstanceOf(DomainRuleViolation.class);
        r.handOver(TODAY.minusDays(1), "p", "a", "b", TODAY, "cw", AT);
        r.flagReTrafficked(TODAY, "cw", AT);
        r.flagReTrafficked(TODAY.plusDays(3), "cw", AT);
        assertThat(r.isReTrafficked()).isTrue();
        assertThat(r.getReTraffickedOn()).isEqualTo(TODAY);
    }

    @Test
    void aFollowUpIsRecordedOnceBetweenTheHandoverAndToday() {
        Repatriation r = planned(ready());
        r.handOver(TODAY.minusDays(100), "p", "a", "b", TODAY, "cw", AT);
        ReturnFollowUp f = new ReturnFollowUp(r, 3, null, "cw", AT);
        assertThatThrownBy(() -> f.record(TODAY.minusDays(101), "x", false, r.getHandedOverOn(), TODAY, "cw", AT))
                .isInstanceOf(DomainRuleViolation.class);
        assertThatThrownBy(() -> f.record(TODAY, " ", false, r.getHandedOverOn(), TODAY, "cw", AT))
                .isInstanceOf(DomainRuleViolation.class);
        f.record(TODAY, "DEMO living with family, working", false, r.getHandedOverOn(), TODAY, "cw", AT);
        assertThatThrownBy(() -> f.record(TODAY, "again", true, r.getHandedOverOn(), TODAY, "cw", AT))
                .isInstanceOf(DomainRuleViolation.class);
    }

    @Test
    void aClaimIsDecidedOnceAndOnlyAnAwardIsPaid() {
        CompensationClaim c = new CompensationClaim(caseId, personId, ClaimKind.Compensation,
                new BigDecimal("50000"), "thb", TODAY.minusDays(30), TODAY, "cw", AT);
        assertThat(c.getCurrency()).isEqualTo("THB");
        assertThat(c.getOutcome()).isEqualTo(ClaimOutcome.Pending);
        assertThatThrownBy(() -> c.decide(ClaimOutcome.Rejected, BigDecimal.TEN, TODAY, TODAY, "cw", AT))
                .isInstanceOf(DomainRuleViolation.class);
        c.decide(ClaimOutcome.Awarded, new BigDecimal("30000"), TODAY, TODAY, "cw", AT);
        assertThatThrownBy(() -> c.decide(ClaimOutcome.Withdrawn, null, TODAY, TODAY, "cw", AT))
                .isInstanceOf(DomainRuleViolation.class);
        assertThatThrownBy(() -> new CompensationClaim(caseId, personId, ClaimKind.Restitution, BigDecimal.ONE,
                "XYZ1", TODAY, TODAY, "cw", AT)).isInstanceOf(DomainRuleViolation.class);
    }
}
