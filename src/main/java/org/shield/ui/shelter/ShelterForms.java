package org.shield.ui.shelter;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.shield.application.common.UserMessage;
import org.shield.application.party.OrganisationDetails;
import org.shield.ui.common.Controls;
import org.shield.ui.common.Messages;
import org.shield.ui.common.Paragraph;

/** What the shelter-care views share: text columns, form labels, organisation choosers. View-side. */
final class ShelterForms {
    private ShelterForms() {
    }

    static <T> TableColumn<T, String> col(Messages m, String key, Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>(m.get(key));
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        return c;
    }

    static Label label(Messages m, String key, Node field) {
        Label l = new Label(m.get(key));
        l.getStyleClass().add("form-label");
        l.setLabelFor(field);
        return l;
    }

    static Paragraph problem(ObservableValue<UserMessage> message, Messages m) {
        Paragraph p = new Paragraph();
        p.getStyleClass().add("field-problem");
        Controls.showMessage(p, message, m);
        return p;
    }

    static VBox form(Node... nodes) {
        VBox box = new VBox(6, nodes);
        box.getStyleClass().add("page");
        return box;
    }

    /** A chooser of organisations by name (with their place, to tell namesakes apart). */
    static void organisations(ComboBox<OrganisationDetails> box, Messages m) {
        StringConverter<OrganisationDetails> text = new StringConverter<>() {
            @Override
            public String toString(OrganisationDetails o) {
                return o == null ? "" : o.place() == null ? o.name() : m.get("ui.stays.shelterAt", o.name(), o.place());
            }

            @Override
            public OrganisationDetails fromString(String s) {
                return null;
            }
        };
        box.setConverter(text);
        box.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(OrganisationDetails o, boolean empty) {
                super.updateItem(o, empty);
                setText(empty ? null : text.toString(o));
            }
        });
        box.setMaxWidth(Double.MAX_VALUE);
    }

    static void answer(boolean confirmed, Runnable confirm, Runnable cancel) {
        if (confirmed) {
            confirm.run();
        } else {
            cancel.run();
        }
    }
}
