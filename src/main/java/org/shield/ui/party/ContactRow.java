package org.shield.ui.party;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.shield.application.common.UserMessage;
import org.shield.application.party.PersonDetails.ContactData;
import org.shield.domain.common.Text;
import org.shield.domain.party.ContactIdentifier;
import org.shield.domain.party.ContactType;

/**
 * One contact line of the person editor: a phone number (E.164, with the country code; spaces and
 * dashes allowed, 00 read as +), an e-mail address or a messaging/social handle, checked while typing
 * with the domain's own rule. A blank line is ignored on save.
 */
public final class ContactRow {
    private static final int MAX = 200;

    private final ObjectProperty<ContactType> type = new SimpleObjectProperty<>(ContactType.Phone);
    private final StringProperty value = new SimpleStringProperty("");
    private final ObjectBinding<UserMessage> problem =
            Bindings.createObjectBinding(() -> problemOf(type.get(), value.get()), type, value);

    public ContactRow() {
    }

    public ContactRow(ContactData data) {
        type.set(data.type());
        value.set(data.value());
    }

    static UserMessage problemOf(ContactType type, String raw) {
        String v = Text.trimToNull(raw);
        if (v == null) {
            return null;
        }
        return ContactIdentifier.problem(type == null ? ContactType.Other : type, v)
                .map(key -> key.endsWith(".tooLong") ? new UserMessage(key, MAX) : new UserMessage(key)).orElse(null);
    }

    boolean isBlank() {
        return Text.trimToNull(value.get()) == null;
    }

    ContactData data() {
        return new ContactData(type.get() == null ? ContactType.Other : type.get(), Text.trimToNull(value.get()));
    }

    Observable[] observables() {
        return new Observable[] {type, value};
    }

    public ObjectProperty<ContactType> typeProperty() {
        return type;
    }

    public StringProperty valueProperty() {
        return value;
    }

    public ObjectBinding<UserMessage> problemProperty() {
        return problem;
    }
}
