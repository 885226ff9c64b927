package org.shield.application.casefile;

import org.shield.domain.casefile.CaseFile;
import org.shield.domain.casefile.CaseNote;
import org.shield.domain.casefile.TraffickingEvent;

/** Entity to read-model conversions, so no entity leaves the application layer. */
final class CaseMapper {
    private CaseMapper() {
    }

    static CaseDetails details(CaseFile c) {
        return new CaseDetails(c.getId(), c.getVersion(), c.getCaseNumber(), c.getTitle(), c.getStatus(),
                c.getClosureReason(), c.getExploitationTypes(), c.getUnitCode(), c.getLeadInvestigator(),
                c.getOpenedOn(), c.getClosedOn(), c.getSummary(), c.getSensitivity(), c.getTags(),
                c.getCreatedAt(), c.getCreatedBy(), c.getUpdatedAt(), c.getUpdatedBy());
    }

    static EventDetails event(TraffickingEvent e) {
        return new EventDetails(e.getId(), e.getVersion(), e.getType(), e.getDate(), e.getPlace(), e.getCountry(),
                e.getLatitude(), e.getLongitude(), e.getDescription());
    }

    static NoteDetails note(CaseNote n) {
        return new NoteDetails(n.getId(), n.getBody(), n.getCorrectsNoteId(), n.getCreatedAt(), n.getCreatedBy());
    }
}
