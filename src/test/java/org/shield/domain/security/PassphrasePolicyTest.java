package org.shield.domain.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PassphrasePolicyTest {

    @ParameterizedTest
    @CsvSource({
        "short pass,alice,passphrase.tooShort",
        "aaaaaaaaaaaaaaaa,alice,passphrase.repeated",
        "abababababababab,alice,passphrase.repeated",
        "abcdefghijklmnop,alice,passphrase.repeated",
        "123456789012,alice,passphrase.common",
        "password1234,alice,passphrase.common",
        "Password 1234,alice,passphrase.common",
        "my name is somchai-test,somchai-test,passphrase.containsUserName",
    })
    void rejectsObviousPassphrases(String passphrase, String user, String expectedKey) {
        assertThat(PassphrasePolicy.check(passphrase.toCharArray(), user)).contains(expectedKey);
    }

    @ParameterizedTest
    @ValueSource(strings = {"correct horse purple lamp", "river-bend-1987-kettle", "ทะเลสีครามยามเช้า"})
    void acceptsReasonablePassphrases(String passphrase) {
        assertThat(PassphrasePolicy.check(passphrase.toCharArray(), "analyst")).isEmpty();
    }
}
