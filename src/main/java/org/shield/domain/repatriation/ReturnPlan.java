package org.shield.domain.repatriation;

import java.time.LocalDate;
import java.util.UUID;
import org.shield.domain.care.RiskLevel;

/**
 * What a caseworker plans for a return, as one value (every field but the country optional while the plan
 * is being worked out): where to, nationality verification, the travel document, the consular contact, the
 * risk assessment at the place of origin and the organisation that receives the person.
 *
 * @param country ISO 3166-1 alpha-2 code of the country of return
 * @param receivingOrganisationId an organisation of the vault, or null with {@code receivingOrganisationName}
 */
public record ReturnPlan(String country, String placeOfReturn, NationalityVerification nationalityVerification,
        LocalDate nationalityVerifiedOn, String nationalityVerifiedBy, TravelDocumentType travelDocumentType,
        String issuingEmbassy, LocalDate documentIssuedOn, LocalDate documentExpiresOn, String consularContact,
        LocalDate consularContactOn, String networkDanger, String brokerDebt, String familySituation,
        RiskLevel overallRisk, UUID receivingOrganisationId, String receivingOrganisationName) {

    /** A plan with only the country of return. */
    public static ReturnPlan to(String country) {
        return new ReturnPlan(country, null, NationalityVerification.NotStarted, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null);
    }
}
