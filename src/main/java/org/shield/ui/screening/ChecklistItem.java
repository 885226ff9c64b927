package org.shield.ui.screening;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.shield.domain.screening.Answer;
import org.shield.domain.screening.Indicator;

/** One item of a new screening's checklist as it is being answered: the answer, its source and a note. */
public final class ChecklistItem {
    private final Indicator indicator;
    private final ObjectProperty<Answer> answer = new SimpleObjectProperty<>();
    private final ObjectProperty<SourceOption> source = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");

    public ChecklistItem(Indicator indicator) {
        this.indicator = indicator;
    }

    public Indicator indicator() {
        return indicator;
    }

    public ObjectProperty<Answer> answerProperty() {
        return answer;
    }

    public ObjectProperty<SourceOption> sourceProperty() {
        return source;
    }

    public StringProperty noteProperty() {
        return note;
    }
}
