package org.shield.ui.interview;

import java.util.List;
import java.util.Objects;
import javafx.beans.Observable;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.shield.domain.common.Text;
import org.shield.domain.interview.Statement;

/** The statement part of the interview editor: the statement and its language, the translation, its translator. */
public final class InterviewStatementForm {
    private final StringProperty language = new SimpleStringProperty("");
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty translationLanguage = new SimpleStringProperty("");
    private final StringProperty translation = new SimpleStringProperty("");
    private final StringProperty translator = new SimpleStringProperty("");

    InterviewStatementForm() {
    }

    void show(Statement s) {
        Statement v = s == null ? Statement.NONE : s;
        language.set(orEmpty(v.language()));
        text.set(orEmpty(v.text()));
        translationLanguage.set(orEmpty(v.translationLanguage()));
        translation.set(orEmpty(v.translation()));
        translator.set(orEmpty(v.translator()));
    }

    /** The statement as typed; throws the domain's rule violation for a value it refuses (too long). */
    Statement build() {
        return new Statement(Text.trimToNull(language.get()), Text.trimToNull(text.get()),
                Text.trimToNull(translationLanguage.get()), Text.trimToNull(translation.get()),
                Text.trimToNull(translator.get()));
    }

    List<Object> values() {
        return List.of(language.get().strip(), text.get().strip(), translationLanguage.get().strip(),
                translation.get().strip(), translator.get().strip());
    }

    Observable[] observables() {
        return new Observable[] {language, text, translationLanguage, translation, translator};
    }

    private static String orEmpty(String s) {
        return Objects.requireNonNullElse(s, "");
    }

    public StringProperty languageProperty() {
        return language;
    }

    public StringProperty textProperty() {
        return text;
    }

    public StringProperty translationLanguageProperty() {
        return translationLanguage;
    }

    public StringProperty translationProperty() {
        return translation;
    }

    public StringProperty translatorProperty() {
        return translator;
    }
}
