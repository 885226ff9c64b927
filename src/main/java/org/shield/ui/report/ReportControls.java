package org.shield.ui.report;

import java.util.Locale;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.shield.application.common.UserMessage;
import org.shield.ui.common.Controls;
import org.shield.ui.common.Messages;
import org.shield.ui.common.Paragraph;

/** What the report dialogs build alike: a labelled field, the language choice, a field's problem line. */
final class ReportControls {
    private ReportControls() {
    }

    /** A control under its label; the label's mnemonic focuses the control. */
    static VBox field(Messages m, String labelKey, Node control) {
        Label label = new Label(m.get(labelKey));
        label.getStyleClass().add("form-label");
        label.setMnemonicParsing(true);
        label.setLabelFor(control);
        return new VBox(2, label, control);
    }

    /** A choice of the report languages (English, Thai), each named in the UI's language. */
    static ComboBox<Locale> languages(String id, Messages m) {
        ComboBox<Locale> box = new ComboBox<>();
        box.getItems().setAll(ReportDialogViewModel.LANGUAGES);
        box.setId(id);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setConverter(converter(l -> "th".equals(l.getLanguage()) ? m.get("ui.report.language.thai")
                : m.get("ui.report.language.english")));
        return box;
    }

    /** A field's problem, shown only while there is one. */
    static Paragraph problem(ObservableValue<UserMessage> problem, Messages m) {
        Paragraph p = new Paragraph();
        p.getStyleClass().add("field-problem");
        Controls.showMessage(p, problem, m);
        return p;
    }

    /** Shows values with {@code text}; the combo boxes are not editable, so nothing is parsed. */
    static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
