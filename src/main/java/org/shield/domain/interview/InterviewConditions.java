package org.shield.domain.interview;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.shield.domain.common.DomainRuleViolation;
import org.shield.domain.common.Text;

/**
 * The conditions of an interview: when (date, start and end, local time at the place), where, who
 * interviewed, the interpreter and languages, a support person, whether the person is a minor, breaks
 * taken, and the recording made (an exhibit of the same case).
 */
public record InterviewConditions(LocalDate date, LocalTime start, LocalTime end, String place, String interviewers,
        String interpreter, String languages, String supportPerson, boolean minor, String breaks,
        UUID recordingExhibitId) {

    public InterviewConditions {
        place = Text.optional(place, "interview.place", 300);
        interviewers = Text.optional(interviewers, "interview.interviewers", 500);
        interpreter = Text.optional(interpreter, "interview.interpreter", 200);
        languages = Text.optional(languages, "interview.languages", 200);
        supportPerson = Text.optional(supportPerson, "interview.supportPerson", 200);
        breaks = Text.optional(breaks, "interview.breaks", 1000);
        if (start != null && end != null && end.isBefore(start)) {
            throw new DomainRuleViolation("interview.endBeforeStart");
        }
    }

    public static InterviewConditions empty() {
        return new InterviewConditions(null, null, null, null, null, null, null, null, false, null, null);
    }
}
