package org.shield.application.casefile;

import java.time.LocalDate;
import java.util.Set;
import org.shield.domain.casefile.CaseStatus;
import org.shield.domain.casefile.ExploitationType;
import org.shield.domain.casefile.Sensitivity;

/** Open a new case. Null unit means the current user's unit; null status means Active; null date today. */
public record CreateCaseCommand(String title, CaseStatus status, Set<ExploitationType> exploitationTypes,
        String unitCode, String leadInvestigator, LocalDate openedOn, String summary, Sensitivity sensitivity,
        Set<String> tags) {
    public CreateCaseCommand {
        exploitationTypes = exploitationTypes == null ? Set.of() : Set.copyOf(exploitationTypes);
        tags = tags == null ? Set.of() : Set.copyOf(tags);
    }

    public static CreateCaseCommand titled(String title) {
        return new CreateCaseCommand(title, null, Set.of(), null, null, null, null, null, Set.of());
    }

    /** Never the content: these fields can name people. */
    @Override
    public String toString() {
        return "CreateCaseCommand[redacted]";
    }
}
