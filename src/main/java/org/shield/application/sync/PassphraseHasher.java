package org.shield.application.sync;

/**
 * Port: a slow, salted passphrase hash (Argon2id) for accounts that sign in to a server rather than unlock a
 * vault (HQ's administrators). The encoded form carries its salt and cost. Blocking, about half a second.
 */
public interface PassphraseHasher {
    String hash(char[] passphrase);

    boolean matches(char[] passphrase, String encoded);
}
