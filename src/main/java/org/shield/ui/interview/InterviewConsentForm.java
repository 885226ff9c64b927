package org.shield.ui.interview;

import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.shield.domain.interview.Consent;
import org.shield.domain.interview.ConsentAnswer;

/**
 * The consent part of the interview editor: each answer recorded on its own as yes, no or not recorded.
 * The caution and legal counsel answers belong to suspect interviews only.
 */
public final class InterviewConsentForm {
    /** One answer as the editor shows it: its label key, a stable id for its controls, and its value. */
    public record Answer(String labelKey, String id, ObjectProperty<ConsentAnswer> value, boolean suspectOnly) {
    }

    private final Answer agreed = answer("ui.interview.consent.agreed", "consentAgreed", false);
    private final Answer toldPurpose = answer("ui.interview.consent.toldPurpose", "consentToldPurpose", false);
    private final Answer toldDataUse = answer("ui.interview.consent.toldDataUse", "consentToldDataUse", false);
    private final Answer toldResearchUse = answer("ui.interview.consent.toldResearchUse", "consentToldResearchUse",
            false);
    private final Answer toldRightToSee = answer("ui.interview.consent.toldRightToSee", "consentToldRightToSee",
            false);
    private final Answer toldRetention = answer("ui.interview.consent.toldRetention", "consentToldRetention", false);
    private final Answer toldWithdrawal = answer("ui.interview.consent.toldWithdrawal", "consentToldWithdrawal",
            false);
    private final Answer cautionGiven = answer("ui.interview.consent.cautionGiven", "consentCautionGiven", true);
    private final Answer legalCounsel = answer("ui.interview.consent.legalCounsel", "consentLegalCounsel", true);
    private final List<Answer> answers = List.of(agreed, toldPurpose, toldDataUse, toldResearchUse, toldRightToSee,
            toldRetention, toldWithdrawal, cautionGiven, legalCounsel);

    InterviewConsentForm() {
    }

    private static Answer answer(String key, String id, boolean suspectOnly) {
        return new Answer(key, id, new SimpleObjectProperty<>(ConsentAnswer.NotRecorded), suspectOnly);
    }

    void show(Consent c) {
        Consent v = c == null ? Consent.NONE : c;
        agreed.value().set(v.agreed());
        toldPurpose.value().set(v.toldPurpose());
        toldDataUse.value().set(v.toldDataUse());
        toldResearchUse.value().set(v.toldResearchUse());
        toldRightToSee.value().set(v.toldRightToSee());
        toldRetention.value().set(v.toldRetention());
        toldWithdrawal.value().set(v.toldWithdrawal());
        cautionGiven.value().set(v.cautionGiven());
        legalCounsel.value().set(v.legalCounsel());
    }

    /** The answers as chosen; for an interview that is not of a suspect, caution and counsel stay not recorded. */
    Consent build(boolean suspect) {
        return new Consent(agreed.value().get(), toldPurpose.value().get(), toldDataUse.value().get(),
                toldResearchUse.value().get(), toldRightToSee.value().get(), toldRetention.value().get(),
                toldWithdrawal.value().get(), suspect ? cautionGiven.value().get() : null,
                suspect ? legalCounsel.value().get() : null);
    }

    List<Object> values() {
        return answers.stream().map(a -> (Object) a.value().get()).toList();
    }

    Observable[] observables() {
        return answers.stream().map(Answer::value).toArray(Observable[]::new);
    }

    /** Every answer in the order the editor shows them. */
    public List<Answer> answers() {
        return answers;
    }

    public ObjectProperty<ConsentAnswer> agreedProperty() {
        return agreed.value();
    }

    public ObjectProperty<ConsentAnswer> cautionGivenProperty() {
        return cautionGiven.value();
    }
}
