package org.shield.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import javafx.css.CssParser;
import org.junit.jupiter.api.Test;

/** The one stylesheet parses without errors: JavaFX only logs a broken rule and drops every rule after it. */
class ThemeStylesheetTest {
    @Test
    void theStylesheetHasNoParseErrors() throws Exception {
        CssParser.errorsProperty().clear();
        var sheet = new CssParser().parse(new URL(Theme.stylesheet()));
        assertThat(CssParser.errorsProperty()).extracting(Object::toString).isEmpty();
        assertThat(sheet.getRules()).hasSizeGreaterThan(50);
    }
}
