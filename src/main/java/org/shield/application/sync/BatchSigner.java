package org.shield.application.sync;

/** Signs the exact bytes of a request body with the vault's Ed25519 key (HQ checks them with the enrolled key). */
@FunctionalInterface
public interface BatchSigner {
    byte[] sign(byte[] body);
}
