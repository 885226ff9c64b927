package org.shield.ui.common;

import java.time.LocalDate;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import org.shield.application.common.UserMessage;

/**
 * Small bindings the views share: a message label that shows only when there is a message, code-list
 * combo boxes with translated labels, date pickers in the user's calendar, and formatting of raw
 * values for display. View-side only (touches controls).
 */
public final class Controls {
    private Controls() {
    }

    /** The paragraph shows the translated message and takes no room while there is none. */
    public static void showMessage(Paragraph label, ObservableValue<UserMessage> message, Messages m) {
        label.textProperty().bind(Bindings.createStringBinding(() -> m.format(message.getValue()), message));
        label.visibleProperty().bind(Bindings.createBooleanBinding(() -> message.getValue() != null, message));
        label.managedProperty().bind(label.visibleProperty());
    }

    /**
     * A text area that wraps long lines except while it holds Thai text: JavaFX 21 draws wrapped Thai
     * lines wrongly (see {@link Paragraph}), so Thai lines scroll sideways instead.
     */
    public static void wrapUnlessThai(TextArea area) {
        Runnable update = () -> area.setWrapText(!containsThai(area.getText()));
        area.textProperty().addListener((o, was, now) -> update.run());
        update.run();
    }

    static boolean containsThai(String text) {
        return text != null && text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.THAI);
    }

    /** A node visible (and taking room) only while {@code condition} holds. */
    /** Opens a table's row on double-click or Enter, the same way in every list. */
    public static <T> void openOnActivate(javafx.scene.control.TableView<T> table, java.util.function.Consumer<T> open) {
        table.setRowFactory(t -> {
            javafx.scene.control.TableRow<T> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    open.accept(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            T selected = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && selected != null) {
                open.accept(selected);
            }
        });
    }

    public static void showWhen(Node node, ObservableValue<Boolean> condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(node.visibleProperty());
    }

    /** A combo box over a code list, each value shown by its translated label. */
    public static <E extends Enum<E>> void codeList(ComboBox<E> box, E[] values, Messages m) {
        box.getItems().setAll(Arrays.asList(values));
        StringConverter<E> converter = new StringConverter<>() {
            @Override
            public String toString(E value) {
                return m.label(value);
            }

            @Override
            public E fromString(String text) {
                return box.getItems().stream().filter(v -> m.label(v).equals(text)).findFirst().orElse(null);
            }
        };
        box.setConverter(converter);
        box.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(E item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : m.label(item));
            }
        });
    }

    /**
     * A filter combo box over a code list: a first entry meaning "any" (null, shown as {@code anyKey}),
     * then each value by its translated label.
     */
    public static <E extends Enum<E>> void filterList(ComboBox<E> box, E[] values, String anyKey, Messages m) {
        java.util.List<E> items = new java.util.ArrayList<>();
        items.add(null);
        items.addAll(Arrays.asList(values));
        box.getItems().setAll(items);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? m.get(anyKey) : m.label(value);
            }

            @Override
            public E fromString(String text) {
                return null;
            }
        });
        box.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(E item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : box.getConverter().toString(item));
            }
        });
        box.setButtonCell(box.getCellFactory().call(null));
    }

    /**
     * A date picker that shows and reads dates in the user's format and calendar (Buddhist era when
     * chosen) and takes a typed date when the field loses focus, not only on Enter.
     */
    public static void dateField(DatePicker picker, Messages m) {
        picker.setChronology(m.chronology());
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return m.date(date);
            }

            @Override
            public LocalDate fromString(String text) {
                return m.parseDate(text);
            }
        });
        picker.setPromptText(m.get("ui.date.prompt"));
        TextField editor = picker.getEditor();
        picker.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                String text = editor.getText();
                LocalDate typed = m.parseDate(text);
                if (typed != null || text == null || text.isBlank()) {
                    picker.setValue(typed);
                }
                editor.setText(m.date(picker.getValue()));
            }
        });
    }

    /** A raw value (text, code, date, list) as text for the screen; lists of parts are joined by spaces. */
    public static String format(Object value, Messages m) {
        if (value == null) {
            return m.get("ui.value.none");
        }
        if (value instanceof Enum<?> e) {
            return m.label(e);
        }
        if (value instanceof LocalDate d) {
            return m.date(d);
        }
        if (value instanceof TemporalAccessor t) {
            return t.toString();
        }
        if (value instanceof Collection<?> c) {
            if (c.isEmpty()) {
                return m.get("ui.value.none");
            }
            return c.stream().map(v -> v instanceof List<?> parts
                    ? parts.stream().map(p -> format(p, m)).collect(Collectors.joining(" "))
                    : format(v, m)).collect(Collectors.joining(", "));
        }
        String s = value.toString();
        return s.isBlank() ? m.get("ui.value.none") : s;
    }
}
