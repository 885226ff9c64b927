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
    void theBuildCompiledEveryTemplateFromItsCurrentSource() throws Exception {
        for (String name : Templates.ALL) {
            try (var src = Templates.class.getResourceAsStream("/reports/" + name + ".jrxml");
                    var sha = Templates.class.getResourceAsStream("/reports/" + name + ".jrxml.sha256");
                    var jasper = Templates.class.getResourceAsStream("/reports/" + name + ".jasper")) {
                assertThat(sha).as(name + ".jrxml.sha256").isNotNull();
                assertThat(jasper).as(name + ".jasper").isNotNull();
                assertThat(new String(sha.readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII).strip())
                        .as(name).isEqualTo(TemplateCompiler.sha256(src.readAllBytes()));
            }
        }
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
