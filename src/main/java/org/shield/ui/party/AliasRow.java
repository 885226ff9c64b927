package org.shield.ui.party;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.shield.application.common.UserMessage;
import org.shield.application.party.PersonDetails.AliasData;
import org.shield.domain.common.Text;
import org.shield.domain.party.NameKind;

/** One alias or nickname line of the person editor. A blank line is ignored on save. */
public final class AliasRow {
    private static final int MAX = 200;
    private final ObjectProperty<NameKind> kind = new SimpleObjectProperty<>(NameKind.Alias);
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectBinding<UserMessage> problem = Bindings.createObjectBinding(() -> {
        String t = Text.trimToNull(text.get());
        return t != null && t.codePointCount(0, t.length()) > MAX ? new UserMessage("person.alias.tooLong", MAX) : null;
    }, text);

    public AliasRow() {
    }

    public AliasRow(AliasData data) {
        kind.set(data.kind());
        text.set(data.text());
    }

    boolean isBlank() {
        return Text.trimToNull(text.get()) == null;
    }

    AliasData data() {
        return new AliasData(kind.get() == null ? NameKind.Alias : kind.get(), Text.trimToNull(text.get()));
    }

    Observable[] observables() {
        return new Observable[] {kind, text};
    }

    public ObjectProperty<NameKind> kindProperty() {
        return kind;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObjectBinding<UserMessage> problemProperty() {
        return problem;
    }
}
