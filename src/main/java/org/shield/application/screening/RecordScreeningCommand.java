package org.shield.application.screening;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.shield.domain.screening.Answer;
import org.shield.domain.screening.ExploitationForm;
import org.shield.domain.screening.Population;

/** A whole screening of a person in a case: every answered item with its source and note. */
public record RecordScreeningCommand(UUID caseId, UUID personId, Population population, ExploitationForm exploitation,
        LocalDate assessedOn, String note, List<Item> answers) {

    public RecordScreeningCommand {
        answers = answers == null ? List.of() : List.copyOf(answers);
    }

    /** One answered item: {@code code} is an indicator of the checklist; sources are of the same case. */
    public record Item(String code, Answer answer, UUID sourceInterviewId, UUID sourceExhibitId, String note) {
    }
}
