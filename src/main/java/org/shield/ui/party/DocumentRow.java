package org.shield.ui.party;

import java.time.LocalDate;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.shield.application.common.UserMessage;
import org.shield.application.party.PersonDetails.DocumentData;
import org.shield.domain.common.Text;
import org.shield.domain.party.Countries;
import org.shield.domain.party.DocumentType;

/** One identity document line of the person editor. A line with neither number nor country is ignored. */
public final class DocumentRow {
    private static final int NUMBER_MAX = 60;

    private final ObjectProperty<DocumentType> type = new SimpleObjectProperty<>(DocumentType.Passport);
    private final StringProperty number = new SimpleStringProperty("");
    private final StringProperty country = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> issuedOn = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> expiresOn = new SimpleObjectProperty<>();
    private final ObjectBinding<UserMessage> problem = Bindings.createObjectBinding(this::check, type, number,
            country, issuedOn, expiresOn);

    public DocumentRow() {
    }

    public DocumentRow(DocumentData data) {
        type.set(data.type());
        number.set(data.number());
        country.set(data.issuingCountry() == null ? "" : data.issuingCountry());
        issuedOn.set(data.issuedOn());
        expiresOn.set(data.expiresOn());
    }

    private UserMessage check() {
        if (isBlank()) {
            return null;
        }
        String n = Text.trimToNull(number.get());
        if (n == null) {
            return new UserMessage("person.document.number.required");
        }
        if (n.codePointCount(0, n.length()) > NUMBER_MAX) {
            return new UserMessage("person.document.number.tooLong", NUMBER_MAX);
        }
        String c = Text.trimToNull(country.get());
        if (c != null && !Countries.isValid(c)) {
            return new UserMessage("country.invalid");
        }
        if (issuedOn.get() != null && expiresOn.get() != null && expiresOn.get().isBefore(issuedOn.get())) {
            return new UserMessage("person.document.expiresBeforeIssued");
        }
        return null;
    }

    boolean isBlank() {
        return Text.trimToNull(number.get()) == null && Text.trimToNull(country.get()) == null
                && issuedOn.get() == null && expiresOn.get() == null;
    }

    DocumentData data() {
        return new DocumentData(type.get() == null ? DocumentType.Other : type.get(), Text.trimToNull(number.get()),
                Text.trimToNull(country.get()), issuedOn.get(), expiresOn.get());
    }

    Observable[] observables() {
        return new Observable[] {type, number, country, issuedOn, expiresOn};
    }

    public ObjectProperty<DocumentType> typeProperty() {
        return type;
    }

    public StringProperty numberProperty() {
        return number;
    }

    public StringProperty countryProperty() {
        return country;
    }

    public ObjectProperty<LocalDate> issuedOnProperty() {
        return issuedOn;
    }

    public ObjectProperty<LocalDate> expiresOnProperty() {
        return expiresOn;
    }

    public ObjectBinding<UserMessage> problemProperty() {
        return problem;
    }
}
