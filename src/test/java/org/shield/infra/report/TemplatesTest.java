package org.shield.infra.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import org.junit.jupiter.api.Test;

/** The report templates are found, compile, are compiled once, and a broken one is named in the error. */
class TemplatesTest {
    private final Templates templates = new Templates(DefaultJasperReportsContext.getInstance(), "/reports/");

    @Test
    void everyTemplateExistsAndCompiles() {
        assertThat(Templates.ALL).allMatch(templates::exists);
        templates.compileAll();
    }

    @Test
    void aTemplateIsCompiledOnceAndCached() {
        assertThat(templates.get("parts/fields")).isSameAs(templates.get("parts/fields"));
    }

    @Test
    void aBrokenTemplateIsAnErrorNamingIt() {
        Templates broken = new Templates(DefaultJasperReportsContext.getInstance(), "/reports-broken/");
        assertThatThrownBy(() -> broken.get("broken")).isInstanceOf(Templates.BrokenTemplateException.class)
                .satisfies(e -> assertThat(((Templates.BrokenTemplateException) e).template()).isEqualTo("broken"))
                .hasMessageContaining("broken");
        assertThatThrownBy(() -> broken.get("missing")).isInstanceOf(Templates.BrokenTemplateException.class)
                .hasMessageContaining("missing");
    }
}
