package org.shield.infra.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.shield.application.common.WrongPassphraseException;
import org.shield.application.security.DataKey;

/** {@link PassphraseKeyWrap}'s text form, as HQ stores its value key. Synthetic passphrases only. */
class PassphraseKeyWrapTest {
    private final PassphraseKeyWrap wrap = new PassphraseKeyWrap(Argon2Params.FAST);
    private final DataKey key = new DataKey(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18,
        19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32});

    @Test
    void theRightPassphraseAndPurposeUnwrapTheKey() throws Exception {
        String text = wrap.wrap(key, "synthetic wrap passphrase".toCharArray(), "demo-purpose");

        assertThat(text).contains("argon2id").doesNotContain("AQIDBAUG"); // base64 of the key's first bytes
        assertThat(wrap.unwrap(text, "synthetic wrap passphrase".toCharArray(), "demo-purpose").bytes())
                .isEqualTo(key.bytes());
    }

    @Test
    void aWrongPassphraseOrPurposeIsAWrongPassphrase() throws Exception {
        String text = wrap.wrap(key, "synthetic wrap passphrase".toCharArray(), "demo-purpose");

        assertThatThrownBy(() -> wrap.unwrap(text, "another synthetic passphrase".toCharArray(), "demo-purpose"))
                .isInstanceOf(WrongPassphraseException.class);
        assertThatThrownBy(() -> wrap.unwrap(text, "synthetic wrap passphrase".toCharArray(), "other-purpose"))
                .isInstanceOf(WrongPassphraseException.class);
    }
}
