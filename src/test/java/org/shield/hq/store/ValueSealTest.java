package org.shield.hq.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.shield.testing.HqSeals;

/** {@link ValueSeal}: what HQ stores about people is sealed, bound to its place, and never opened as plaintext. */
class ValueSealTest {
    private static final String DEMO = "\"DEMO-SEAL-Zq7\"";
    private final ValueSeal seal = HqSeals.fresh();

    @Test
    void aSealedValueCarriesTheMarkAndNotTheValueAndOpensInItsPlace() throws Exception {
        byte[] place = ValueSeal.field("person", "{\"id\":\"1\"}", "name_latin");

        String stored = seal.seal(DEMO, place);

        assertThat(stored).startsWith("~1").doesNotContain("DEMO");
        assertThat(seal.open(stored, place)).isEqualTo(DEMO);
        assertThat(seal.seal(DEMO, place)).as("a fresh IV every time").isNotEqualTo(stored);
    }

    @Test
    void aValueMovedToAnotherPlaceDoesNotOpen() throws Exception {
        String stored = seal.seal(DEMO, ValueSeal.field("person", "{\"id\":\"1\"}", "name_latin"));

        for (byte[] elsewhere : new byte[][] {ValueSeal.field("person", "{\"id\":\"2\"}", "name_latin"),
            ValueSeal.field("person", "{\"id\":\"1\"}", "name_native"),
            ValueSeal.history("person", "{\"id\":\"1\"}", "name_latin"),
            ValueSeal.competing("person", "{\"id\":\"1\"}", "name_latin")}) {
            assertThatThrownBy(() -> seal.open(stored, elsewhere)).isInstanceOf(SealException.class)
                    .hasMessageNotContaining("DEMO");
        }
    }

    @Test
    void anotherKeyOrADamagedValueDoesNotOpen() throws Exception {
        byte[] place = ValueSeal.change(UUID.randomUUID());
        String stored = seal.seal(DEMO, place);
        String flipped = stored.substring(0, 10) + (stored.charAt(10) == 'A' ? 'B' : 'A') + stored.substring(11);

        assertThatThrownBy(() -> HqSeals.fresh().open(stored, place)).isInstanceOf(SealException.class);
        assertThatThrownBy(() -> seal.open(flipped, place)).isInstanceOf(SealException.class);
        assertThatThrownBy(() -> seal.open("~2" + stored.substring(2), place)).as("an unknown key version")
                .isInstanceOf(SealException.class);
    }

    @Test
    void nullStaysNullAndTextWithoutTheMarkIsAValueFromBeforeSealing() throws Exception {
        byte[] place = ValueSeal.field("case_file", "{\"id\":\"1\"}", "title");

        assertThat(seal.seal(null, place)).isNull();
        assertThat(seal.open(null, place)).isNull();
        assertThat(seal.open(DEMO, place)).isEqualTo(DEMO);
        ValueSeal strict = seal.strict();
        assertThatThrownBy(() -> strict.open(DEMO, place)).as("once every value is sealed, plaintext is refused")
                .isInstanceOf(SealException.class).hasMessageNotContaining("DEMO");
        assertThat(strict.open(seal.seal(DEMO, place), place)).as("the same key").isEqualTo(DEMO);
        assertThat(strict.open(null, place)).isNull();
    }

    @Test
    void chunksSealAsBytesBoundToTheirContentAndOffset() throws Exception {
        byte[] data = "DEMO exhibit bytes".getBytes(StandardCharsets.UTF_8);
        byte[] sealed = seal.sealBytes(data, ValueSeal.chunk("ab", 0));

        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("DEMO");
        assertThat(seal.openBytes(sealed, ValueSeal.chunk("ab", 0))).isEqualTo(data);
        assertThatThrownBy(() -> seal.openBytes(sealed, ValueSeal.chunk("ab", 4096)))
                .isInstanceOf(SealException.class);
    }
}
