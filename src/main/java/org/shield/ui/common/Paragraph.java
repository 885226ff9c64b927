package org.shield.ui.common;

import java.text.BreakIterator;
import java.util.Locale;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;

/**
 * Wrapped text that renders Thai correctly. JavaFX 21 draws the whole glyph run on the first line when
 * it wraps Thai text inside one text node (the rest then appears twice), in labels, text nodes and text
 * flows alike. Here the text is cut at the line-break opportunities of the JDK's dictionary-based
 * break iterator (which knows Thai words) into one unwrapped {@link Text} per piece, and a flow pane
 * wraps the pieces; an explicit newline starts a new line. Use it instead of a wrapping Label.
 * Style it with the usual classes ({@code form-error}, {@code hint}...); the pieces carry the class
 * {@code paragraph-text}.
 */
public final class Paragraph extends VBox {
    private static final Locale BREAK_RULES = Locale.forLanguageTag("th");
    private final StringProperty text = new SimpleStringProperty(this, "text", "");

    public Paragraph() {
        getStyleClass().add("paragraph");
        text.addListener((o, was, now) -> rebuild());
    }

    public Paragraph(String initial) {
        this();
        setText(initial);
    }

    public StringProperty textProperty() {
        return text;
    }

    public String getText() {
        return text.get();
    }

    public void setText(String value) {
        text.set(value);
    }

    private void rebuild() {
        getChildren().clear();
        String t = text.get() == null ? "" : text.get();
        setAccessibleText(t);
        if (t.isEmpty()) {
            return;
        }
        for (String line : t.split("\n", -1)) {
            FlowPane flow = new FlowPane();
            flow.setPrefWrapLength(360);
            if (line.isEmpty()) {
                flow.getChildren().add(piece(" "));
            } else {
                BreakIterator breaks = BreakIterator.getLineInstance(BREAK_RULES);
                breaks.setText(line);
                int start = breaks.first();
                for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
                    flow.getChildren().add(piece(line.substring(start, end)));
                }
            }
            getChildren().add(flow);
        }
    }

    private static Text piece(String s) {
        Text piece = new Text(s);
        piece.getStyleClass().add("paragraph-text");
        return piece;
    }
}
