package org.shield.domain.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** The built-in checklists load, are complete where verified, and every item has a label in both languages. */
class IndicatorCatalogueTest {
    private final IndicatorCatalogue catalogue = IndicatorCatalogue.standard();

    @Test
    void theElevenIloIndicatorsAndTheEightScamSignsAreThere() {
        assertThat(catalogue.all()).filteredOn(i -> i.list() == IndicatorList.IloForcedLabour).hasSize(11);
        assertThat(catalogue.all()).filteredOn(i -> i.list() == IndicatorList.ScamCompound).hasSize(8);
        assertThat(catalogue.checklist(Population.Child, ExploitationForm.Sexual))
                .as("lists for everyone apply to every person").hasSize(19);
    }

    @Test
    void everyIndicatorHasAnEnglishAndAThaiLabel() {
        for (String bundle : new String[] {"i18n/messages", "i18n/messages_th"}) {
            ResourceBundle b = ResourceBundle.getBundle(bundle.replace('/', '.'), java.util.Locale.ROOT);
            for (Indicator i : catalogue.all()) {
                assertThat(b.containsKey("indicator." + i.code())).as(bundle + " " + i.code()).isTrue();
            }
        }
    }

    @Test
    void aMalformedCatalogueIsRefusedNotHalfRead() {
        String twice = "#h\nA\tIloForcedLabour\tAny\tAny\t-\t-\nA\tIloForcedLabour\tAny\tAny\t-\t-\n";
        assertThatThrownBy(() -> IndicatorCatalogue.parse(new ByteArrayInputStream(
                twice.getBytes(StandardCharsets.UTF_8)))).isInstanceOf(IOException.class);
        String ungraded = "#h\nB\tIloEc\tAdult\tLabour\tExploitation\t-\n";
        assertThatThrownBy(() -> IndicatorCatalogue.parse(new ByteArrayInputStream(
                ungraded.getBytes(StandardCharsets.UTF_8)))).isInstanceOf(IOException.class);
    }
}
