package org.shield.hq;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.Locale;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * HQ's self-signed TLS certificate (ADR 0019): an EC P-256 key and a certificate valid for ten years, made with
 * BouncyCastle at the first start that serves TLS, kept as a PKCS#12 store in HQ's database. Laptops do not check
 * names or authorities: they pin the certificate's SHA-256 fingerprint at enrolment.
 */
public final class HqTls {
    static final String ALIAS = "shield-hq";
    private final KeyStore store;
    private final char[] password;
    private final String fingerprint;

    private HqTls(KeyStore store, char[] password, String fingerprint) {
        this.store = store;
        this.password = password;
        this.fingerprint = fingerprint;
    }

    /** A new key and certificate. */
    public static HqTls create(Instant now) throws GeneralSecurityException {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
        KeyPair keys = g.generateKeyPair();
        X500Name name = new X500Name("CN=SHIELD HQ, O=SHIELD Case Desk");
        BigInteger serial = new BigInteger(128, new SecureRandom());
        try {
            X509Certificate cert = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(
                    name, serial, Date.from(now.minus(Duration.ofDays(1))),
                    Date.from(now.plus(Duration.ofDays(3650))), name, keys.getPublic())
                    .build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())));
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            char[] password = Base64.getUrlEncoder().withoutPadding().encodeToString(random).toCharArray();
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(null, null);
            ks.setKeyEntry(ALIAS, keys.getPrivate(), password, new Certificate[] {cert});
            return new HqTls(ks, password, fingerprint(cert));
        } catch (OperatorCreationException | IOException e) {
            throw new GeneralSecurityException("the TLS certificate could not be made", e);
        }
    }

    /** Reads a stored one back. */
    public static HqTls load(String base64, String password) throws GeneralSecurityException {
        try {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(new ByteArrayInputStream(Base64.getDecoder().decode(base64)), password.toCharArray());
            return new HqTls(ks, password.toCharArray(), fingerprint((X509Certificate) ks.getCertificate(ALIAS)));
        } catch (IOException | IllegalArgumentException e) {
            throw new GeneralSecurityException("the stored TLS certificate could not be read", e);
        }
    }

    /** The store as HQ keeps it: base64 of the PKCS#12 bytes. */
    public String encoded() throws GeneralSecurityException {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.store(out, password);
            return Base64.getEncoder().encodeToString(out.toByteArray());
        } catch (IOException e) {
            throw new GeneralSecurityException("the TLS certificate could not be stored", e);
        }
    }

    public KeyStore keyStore() {
        return store;
    }

    public String password() {
        return new String(password);
    }

    /** SHA-256 of the certificate, as colon-separated upper-case hex pairs. */
    public String fingerprint() {
        return fingerprint;
    }

    /** The fingerprint of a certificate as laptops pin it. */
    public static String fingerprint(Certificate cert) throws GeneralSecurityException {
        byte[] d = MessageDigest.getInstance("SHA-256").digest(cert.getEncoded());
        return HexFormat.ofDelimiter(":").formatHex(d).toUpperCase(Locale.ROOT);
    }
}
