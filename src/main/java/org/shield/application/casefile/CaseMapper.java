package org.shield.application.casefile;

import org.shield.domain.casefile.CaseFile;
import org.shield.domain.casefile.CaseNote;
import org.shield.domain.casefile.TraffickingEvent;

/** Entity to read-model conversions, so no entity leaves the application layer. */
final class CaseMapper {
    private CaseMapper() {
    }

    static CaseDetails details(CaseFile c, java.util.Set<org.shield.domain.security.Permission> allowed) {
        boolean investigation = allowed.contains(org.shield.domain.security.Permission.CASE_READ_INVESTIGATION);
        return new CaseDetails(c.getId(), c.getVersion(), c.getCaseNumber(), c.getTitle(), c.getStatus(),
                c.getClosureReason(), c.getExploitationTypes(), c.getUnitCode(), c.getLeadInvestigator(),
                c.getOpenedOn(), c.getClosedOn(), investigation ? c.getSummary() : null, c.getSensitivity(),
                c.getTags(), c.getCreatedAt(), c.getCreatedBy(), c.getUpdatedAt(), c.getUpdatedBy(),
                investigation ? c.getTeam() : java.util.Set.of(), allowed);
    }

    static EventDetails event(TraffickingEvent e) {
        return new EventDetails(e.getId(), e.getVersion(), e.getType(), e.getDate(), e.getPlace(), e.getCountry(),
                e.getLatitude(), e.getLongitude(), e.getDescription());
    }

    static NoteDetails note(CaseNote n) {
        return new NoteDetails(n.getId(), n.getBody(), n.getCorrectsNoteId(), n.getCreatedAt(), n.getCreatedBy());
    }
}
