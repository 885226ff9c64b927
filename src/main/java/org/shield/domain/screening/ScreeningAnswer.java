package org.shield.domain.screening;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.UUID;
import org.shield.domain.common.Text;

/** One answered checklist item, with where the answer comes from (an interview, an exhibit) and a note. */
@Embeddable
public class ScreeningAnswer {
    @Column(name = "indicator_code", nullable = false, length = 60)
    private String code;
    @Enumerated(EnumType.STRING)
    @Column(name = "answer", nullable = false, length = 10)
    private Answer answer;
    @Column(name = "source_interview_id")
    private UUID sourceInterviewId;
    @Column(name = "source_exhibit_id")
    private UUID sourceExhibitId;
    @Column(name = "note", length = 2000)
    private String note;

    protected ScreeningAnswer() {
        // for JPA
    }

    public ScreeningAnswer(String code, Answer answer, UUID sourceInterviewId, UUID sourceExhibitId, String note) {
        this.code = Text.required(code, "screening.indicator", 60);
        if (answer == null) {
            throw new IllegalArgumentException("answer required");
        }
        this.answer = answer;
        this.sourceInterviewId = sourceInterviewId;
        this.sourceExhibitId = sourceExhibitId;
        this.note = Text.optional(note, "screening.note", 2000);
    }

    public String getCode() {
        return code;
    }

    public Answer getAnswer() {
        return answer;
    }

    public UUID getSourceInterviewId() {
        return sourceInterviewId;
    }

    public UUID getSourceExhibitId() {
        return sourceExhibitId;
    }

    public String getNote() {
        return note;
    }
}
