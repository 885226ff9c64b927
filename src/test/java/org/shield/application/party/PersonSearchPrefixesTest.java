package org.shield.application.party;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonSearchPrefixesTest {

    @Test
    void nationalPhoneFormatAlsoSearchesTheReversedEnding() {
        assertThat(PersonService.searchPrefixes("081 000 0001"))
                .containsExactly("0810000001", "~100000018");
    }

    @Test
    void namesAreFolded() {
        assertThat(PersonService.searchPrefixes("  Demo-BUA ")).containsExactly("demobua");
    }

    @Test
    void blankFindsNothing() {
        assertThat(PersonService.searchPrefixes(" - ")).isEmpty();
    }
}
