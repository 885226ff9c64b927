package org.shield.infra.sync;

import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Locale;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Trusts exactly one certificate, named by its SHA-256 fingerprint: HQ's self-signed one, pinned at enrolment
 * (ADR 0019). Being an {@link X509ExtendedTrustManager}, it also stands in for the host-name check, which a pin
 * replaces (laptops reach HQ by whatever address works). With no pin it accepts any certificate and remembers its
 * fingerprint: only to read HQ's fingerprint before enrolling, never to send data.
 */
final class PinningTrust extends X509ExtendedTrustManager {
    private final String pin;
    private volatile String seen;

    PinningTrust(String pin) {
        this.pin = pin;
    }

    static String normalise(String fingerprint) {
        return fingerprint.replaceAll("[^0-9A-Fa-f]", "").toUpperCase(Locale.ROOT);
    }

    static SSLContext context(PinningTrust trust) {
        try {
            SSLContext c = SSLContext.getInstance("TLS");
            c.init(null, new TrustManager[] {trust}, new SecureRandom());
            return c;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("TLS is not available", e);
        }
    }

    /** The fingerprint of the last certificate presented (colon-separated hex pairs), or null. */
    String seen() {
        return seen;
    }

    private void check(X509Certificate[] chain) throws CertificateException {
        if (chain == null || chain.length == 0) {
            throw new CertificateException("HQ presented no certificate");
        }
        String got;
        try {
            got = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(chain[0].getEncoded()))
                    .toUpperCase(Locale.ROOT);
        } catch (GeneralSecurityException e) {
            throw new CertificateException("the certificate could not be read", e);
        }
        seen = HexFormat.ofDelimiter(":").formatHex(HexFormat.of().parseHex(got)).toUpperCase(Locale.ROOT);
        if (pin != null && !MessageDigest.isEqual(pin.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                got.getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
            throw new CertificateException("HQ's certificate is not the one pinned at enrolment");
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        check(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        check(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        check(chain);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("not a server");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        throw new CertificateException("not a server");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        throw new CertificateException("not a server");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
    }
}
