package org.shield.application.sync;

/**
 * What a laptop sends to enrol: the one-time code, its vault's Ed25519 public key (X.509, base64), with which HQ
 * checks the signature of everything the device later sends, and the vault user enrolling (who must be the one the
 * code was issued for). {@link #toString()} hides the code.
 */
public record EnrolmentRequest(String code, String publicKey, String userName) {
    @Override
    public String toString() {
        return "EnrolmentRequest[]";
    }
}
