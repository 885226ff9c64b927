package org.shield.domain.interview;

/**
 * The consent and information answers of an interview, each recorded on its own: agreed to the interview;
 * told the purpose; told how the data may be used; told about non-identifying research use; told of the
 * right to see their data; told how long it is kept; told how to withdraw. For suspects also the caution
 * given and whether legal counsel was present.
 */
public record Consent(ConsentAnswer agreed, ConsentAnswer toldPurpose, ConsentAnswer toldDataUse,
        ConsentAnswer toldResearchUse, ConsentAnswer toldRightToSee, ConsentAnswer toldRetention,
        ConsentAnswer toldWithdrawal, ConsentAnswer cautionGiven, ConsentAnswer legalCounsel) {

    public static final Consent NONE = new Consent(null, null, null, null, null, null, null, null, null);

    public Consent {
        agreed = orNot(agreed);
        toldPurpose = orNot(toldPurpose);
        toldDataUse = orNot(toldDataUse);
        toldResearchUse = orNot(toldResearchUse);
        toldRightToSee = orNot(toldRightToSee);
        toldRetention = orNot(toldRetention);
        toldWithdrawal = orNot(toldWithdrawal);
        cautionGiven = orNot(cautionGiven);
        legalCounsel = orNot(legalCounsel);
    }

    private static ConsentAnswer orNot(ConsentAnswer a) {
        return a == null ? ConsentAnswer.NotRecorded : a;
    }
}
