package org.shield.application.casefile;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.shield.domain.casefile.CaseStatus;
import org.shield.domain.casefile.ExploitationType;
import org.shield.domain.casefile.Sensitivity;

/** Save an edited case overview; {@code version} is the one that was loaded (a stale one is a conflict). */
public record UpdateCaseCommand(UUID id, long version, String title, CaseStatus status, String closureReason,
        LocalDate closedOn, Set<ExploitationType> exploitationTypes, String unitCode, String leadInvestigator,
        LocalDate openedOn, String summary, Sensitivity sensitivity, Set<String> tags) {
    public UpdateCaseCommand {
        exploitationTypes = exploitationTypes == null ? Set.of() : Set.copyOf(exploitationTypes);
        tags = tags == null ? Set.of() : Set.copyOf(tags);
    }

    /** A command that saves the details unchanged: the base for edits. */
    public static UpdateCaseCommand from(CaseDetails d) {
        return new UpdateCaseCommand(d.id(), d.version(), d.title(), d.status(), d.closureReason(), d.closedOn(),
                d.exploitationTypes(), d.unitCode(), d.leadInvestigator(), d.openedOn(), d.summary(),
                d.sensitivity(), d.tags());
    }

    /** Never the content: these fields can name people. */
    @Override
    public String toString() {
        return "UpdateCaseCommand[" + id + " v" + version + "]";
    }
}
