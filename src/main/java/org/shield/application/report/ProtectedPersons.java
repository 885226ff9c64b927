package org.shield.application.report;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.shield.application.casefile.CaseService;
import org.shield.application.common.ApplicationException;
import org.shield.application.common.UserMessage;
import org.shield.application.common.ValidationException;
import org.shield.application.party.IdentityRedactor;
import org.shield.application.party.PersonDetails;
import org.shield.application.party.PersonService;

/**
 * How a report treats the protected persons (victims and witnesses) in its scope: a redactor for its free
 * texts, and, when the request asks for it, the identity annex, filled only through a recorded reveal of
 * each person with the request's purpose.
 */
public final class ProtectedPersons {
    private final PersonService persons;
    private final ReportRequest request;
    private final ReportText text;

    public ProtectedPersons(PersonService persons, ReportRequest request, ReportText text) {
        this.persons = persons;
        this.request = request;
        this.text = text;
    }

    /** Checks the request before any work: an identity annex needs a stated purpose. */
    static void check(ReportRequest request) throws ValidationException {
        if (request.redaction() == Redaction.IdentityAnnex
                && (request.purpose() == null || request.purpose().strip().length() < PersonService.PURPOSE_MIN)) {
            throw new ValidationException(new UserMessage("report.annex.purposeRequired", PersonService.PURPOSE_MIN));
        }
    }

    /** A redactor for the protected persons among {@code personIds} (others are left as they are). */
    public IdentityRedactor redactor(Collection<UUID> personIds) throws ApplicationException {
        return persons.redactorFor(personIds, text.get("report.redacted"));
    }

    /**
     * A redactor for every protected person of the case, whether or not the user sees them as parties (a
     * caseworker sees only their own victims, but another victim's name typed into a shared record must not
     * print either), and of {@code alsoPersons}. Builders use this one.
     */
    public IdentityRedactor redactorForCase(CaseService cases, UUID caseId, Collection<UUID> alsoPersons)
            throws ApplicationException {
        return cases.redactorFor(caseId, alsoPersons, text.get("report.redacted"));
    }

    /**
     * Adds the identity annex for these protected persons (id → pseudonym) when the request asks for it; each
     * is revealed, and so recorded, with the request's purpose. Without the right to reveal one of them the
     * whole report is refused: a report must not silently leave out an identity it was asked to give.
     */
    public void annex(ReportContent.Builder content, Map<UUID, String> protectedPersons) throws ApplicationException {
        content.table(ReportContent.ANNEX);
        if (request.redaction() != Redaction.IdentityAnnex) {
            return;
        }
        var sorted = protectedPersons.entrySet().stream().sorted(Map.Entry.comparingByValue()).toList();
        for (Map.Entry<UUID, String> e : sorted) {
            PersonDetails d = persons.reveal(e.getKey(), request.purpose());
            String name = d.nameNative() == null || d.nameNative().equals(d.nameLatin()) ? nz(d.nameLatin())
                    : d.nameNative() + (d.nameLatin() == null ? "" : " / " + d.nameLatin());
            String born = d.dateOfBirth() != null ? text.date(d.dateOfBirth())
                    : d.estimatedAge() == null ? "" : text.get("report.annex.estimatedAge", d.estimatedAge());
            String nationality = d.citizenships().stream().sorted().map(text::country).collect(Collectors.joining(", "));
            String documents = d.documents().stream()
                    .map(doc -> text.label(doc.type()) + " " + doc.number()
                            + (doc.issuingCountry() == null ? "" : " (" + doc.issuingCountry() + ")"))
                    .sorted().collect(Collectors.joining("; "));
            content.row(ReportContent.ANNEX, "pseudonym", e.getValue(), "name", name, "born", born, "nationality",
                    nationality, "documents", documents);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
