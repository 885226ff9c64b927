package org.shield.infra.persistence;

import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.shield.application.audit.AuditQuery;
import org.shield.application.audit.AuditStore;
import org.shield.application.common.ApplicationException;
import org.shield.application.common.Page;
import org.shield.application.common.TransactionRunner;
import org.shield.domain.audit.AuditAction;
import org.shield.domain.audit.AuditChain;
import org.shield.domain.audit.AuditEntry;
import org.shield.domain.audit.AuditVerifier;
import org.shield.domain.audit.ChangeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit trail in the encrypted H2 database, written with plain JDBC on the use case's own
 * connection. Each append reads the signed head under a row lock ({@code FOR UPDATE}), so appends are
 * serialised and the chain has no forks; the head (last sequence, its hash, the vault's signature over
 * both) is updated in the same transaction. The vault's Ed25519 key pair lives in {@code vault_meta},
 * inside the encrypted store (ADR 0008).
 */
public final class JdbcAuditStore implements AuditStore {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcAuditStore.class);
    static final String PRIVATE_KEY = "audit.signingKey";
    static final String PUBLIC_KEY = "audit.publicKey";
    static final String HEAD = "audit.head";
    /** Set when an append finds the keys but no head: the trail was cut; verification reports it for good. */
    static final String HEAD_LOST = "audit.headLost";
    private static final int BATCH = 10_000;
    private static final int SIGNING_WARM_UP_ROUNDS = 3_000;
    /**
     * BouncyCastle's Ed25519: the JDK 17 implementation takes about 0.8 ms to sign, BouncyCastle's tens of
     * microseconds, for the same bytes (Ed25519 is deterministic). Measured in docs/BENCHMARKS.md.
     */
    private static final java.security.Provider ED25519 = new org.bouncycastle.jce.provider.BouncyCastleProvider();
    private static final String COLUMNS =
            "seq, at_second, at_nano, actor, action, record_type, record_id, detail, previous_hash, entry_hash, signature";

    private final SessionContext context;
    private final TransactionRunner transactions;
    private final DataSource dataSource;
    private final Clock clock;
    private final PrivateKey signingKey;
    private final PublicKey publicKey;

    private JdbcAuditStore(SessionContext context, TransactionRunner transactions, DataSource dataSource, Clock clock,
            KeyPair keys) {
        this.context = context;
        this.transactions = transactions;
        this.dataSource = dataSource;
        this.clock = clock;
        this.signingKey = keys.getPrivate();
        this.publicKey = keys.getPublic();
    }

    /** Loads the vault's key pair, creating it on first use (a new vault, or one from before the trail). */
    static JdbcAuditStore open(SessionContext context, TransactionRunner tx, DataSource ds, Clock clock)
            throws ApplicationException {
        KeyPair keys = tx.write(() -> {
            Optional<KeyPair> existing = context.current().doReturningWork(c -> loadKeys(c));
            if (existing.isPresent()) {
                return existing.get();
            }
            KeyPair fresh = generate();
            context.current().doWork(c -> {
                putMeta(c, PRIVATE_KEY, Base64.getEncoder().encodeToString(fresh.getPrivate().getEncoded()));
                putMeta(c, PUBLIC_KEY, Base64.getEncoder().encodeToString(fresh.getPublic().getEncoded()));
                if (meta(c, HEAD, false).isEmpty() && isEmpty(c)) {
                    // the head of an empty trail, so that every append updates one existing row under its lock
                    putMeta(c, HEAD, "0:" + HexFormat.of().formatHex(AuditChain.GENESIS) + ":" + HexFormat.of()
                            .formatHex(AuditChain.signHead(0, AuditChain.GENESIS, fresh.getPrivate(), ED25519)));
                }
            });
            LOG.info("audit trail signing key created");
            return fresh;
        });
        return new JdbcAuditStore(context, tx, ds, clock, keys);
    }

    private static Optional<KeyPair> loadKeys(Connection c) throws SQLException {
        Optional<String> priv = meta(c, PRIVATE_KEY, false);
        Optional<String> pub = meta(c, PUBLIC_KEY, false);
        if (priv.isEmpty() || pub.isEmpty()) {
            return Optional.empty();
        }
        try {
            KeyFactory kf = KeyFactory.getInstance("Ed25519", ED25519);
            return Optional.of(new KeyPair(
                    kf.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(pub.get()))),
                    kf.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(priv.get())))));
        } catch (java.security.GeneralSecurityException | IllegalArgumentException e) {
            throw new SQLException("audit key unreadable", e);
        }
    }

    private static boolean isEmpty(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select count(*) from audit_entry");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1) == 0;
        }
    }

    /**
     * Signs and verifies made-up hashes with a throwaway key until the JIT has compiled the signature code: every
     * write signs an audit entry, and an integrity verification of a thousand exhibits signs a thousand, which cold
     * took seconds of a report's first run (docs/BENCHMARKS.md). Blocking, about half a second; no vault involved.
     */
    static void warmUpSigning() {
        try {
            KeyPair keys = generate();
            byte[] hash = new byte[32];
            Signature signer = Signature.getInstance("Ed25519", ED25519);
            Signature verifier = Signature.getInstance("Ed25519", ED25519);
            for (int i = 0; i < SIGNING_WARM_UP_ROUNDS; i++) {
                hash[i % hash.length]++;
                signer.initSign(keys.getPrivate());
                signer.update(hash);
                byte[] signature = signer.sign();
                if (i % 4 == 0) {
                    verifier.initVerify(keys.getPublic());
                    verifier.update(hash);
                    verifier.verify(signature);
                }
            }
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 warm-up failed", e);
        }
    }

    private static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance("Ed25519", ED25519).generateKeyPair();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 missing from the JDK", e);
        }
    }

    /**
     * Signs {@code message} with the vault's Ed25519 key, the one whose public half this trail and HQ know: HQ checks
     * every batch a laptop pushes with it (ADR 0019).
     */
    public byte[] signWithVaultKey(byte[] message) {
        try {
            Signature s = Signature.getInstance("Ed25519", ED25519);
            s.initSign(signingKey);
            s.update(message);
            return s.sign();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("the vault key could not sign", e);
        }
    }

    @Override
    public PublicKey publicKey() {
        return publicKey;
    }

    @Override
    public java.security.Provider signatureProvider() {
        return ED25519;
    }

    @Override
    public void reserve() {
        context.current().doWork(c -> meta(c, HEAD, true));
    }

    @Override
    public void append(String actor, AuditAction action, String recordType, UUID recordId, ChangeSet detail) {
        String text = detail == null ? null : detail.encode();
        context.current().doWork(c -> appendOn(c, actor, action.name(), recordType, recordId, text));
    }

    @Override
    public void appendRegardless(String actor, AuditAction action, String recordType, UUID recordId,
            ChangeSet detail) {
        Runnable write = () -> {
            try {
                transactions.write(() -> {
                    append(actor, action, recordType, recordId, detail);
                    return null;
                });
            } catch (ApplicationException | RuntimeException e) {
                LOG.error("could not record an audit entry ({}): {}", action, e.getClass().getSimpleName());
            }
        };
        if (context.active()) {
            context.afterCompletion(write);
        } else {
            write.run();
        }
    }

    private void appendOn(Connection c, String actor, String action, String type, UUID id, String detail)
            throws SQLException {
        long seq = 0;
        byte[] previous = AuditChain.GENESIS;
        Optional<String> head = meta(c, HEAD, true);
        if (head.isPresent()) {
            String[] parts = head.get().split(":");
            seq = Long.parseLong(parts[0]);
            previous = HexFormat.of().parseHex(parts[1]);
        } else {
            // every vault gets its head with its keys (open): a missing head means the trail was cut.
            // Go on after the last stored entry, and mark the loss so verification never calls it intact.
            LOG.error("the audit trail's head is missing: the trail was tampered with");
            if (meta(c, HEAD_LOST, false).isEmpty()) {
                putMeta(c, HEAD_LOST, clock.instant().toString());
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "select seq, entry_hash from audit_entry order by seq desc limit 1");
                 ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    seq = rs.getLong(1);
                    previous = rs.getBytes(2);
                }
            }
        }
        Instant at = clock.instant();
        AuditEntry e = AuditChain.append(seq + 1, at, actor, action, type, id, detail, previous, signingKey, ED25519);
        try (PreparedStatement ps = c.prepareStatement("insert into audit_entry (" + COLUMNS
                + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, e.sequence());
            ps.setLong(2, at.getEpochSecond());
            ps.setInt(3, at.getNano());
            ps.setString(4, actor);
            ps.setString(5, action);
            ps.setString(6, type);
            ps.setObject(7, id);
            ps.setString(8, detail);
            ps.setBytes(9, e.previousHash());
            ps.setBytes(10, e.hash());
            ps.setBytes(11, e.signature());
            ps.executeUpdate();
        }
        String newHead = e.sequence() + ":" + HexFormat.of().formatHex(e.hash()) + ":"
                + HexFormat.of().formatHex(AuditChain.signHead(e.sequence(), e.hash(), signingKey, ED25519));
        if (head.isPresent()) {
            try (PreparedStatement ps = c.prepareStatement("update vault_meta set meta_value = ? where meta_key = ?")) {
                ps.setString(1, newHead);
                ps.setString(2, HEAD);
                ps.executeUpdate();
            }
        } else {
            putMeta(c, HEAD, newHead);
        }
    }

    @Override
    public AuditVerifier.Head head() {
        try (Connection c = dataSource.getConnection()) {
            if (meta(c, HEAD_LOST, false).isPresent()) {
                return null; // lost once: no later head is trusted
            }
            return meta(c, HEAD, false).map(h -> {
                String[] p = h.split(":");
                return new AuditVerifier.Head(Long.parseLong(p[0]), HexFormat.of().parseHex(p[1]),
                        HexFormat.of().parseHex(p[2]));
            }).orElse(null);
        } catch (SQLException | RuntimeException e) {
            throw new IllegalStateException("audit head unreadable", e);
        }
    }

    @Override
    public Page<AuditEntry> page(AuditQuery q, int pageIndex, int pageSize) {
        return context.current().doReturningWork(c -> {
            List<Object> params = new ArrayList<>();
            String where = where(q, params);
            long total;
            try (PreparedStatement ps = c.prepareStatement("select count(*) from audit_entry" + where)) {
                bind(ps, params);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<AuditEntry> items = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("select " + COLUMNS + " from audit_entry" + where
                    + " order by seq desc limit ? offset ?")) {
                bind(ps, params);
                ps.setInt(params.size() + 1, pageSize);
                ps.setLong(params.size() + 2, (long) pageIndex * pageSize);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        items.add(row(rs));
                    }
                }
            }
            return new Page<>(items, total, pageIndex, pageSize);
        });
    }

    @Override
    public void forEach(AuditQuery q, Consumer<AuditEntry> sink) {
        context.current().doWork(c -> {
            long after = 0;
            while (true) {
                List<Object> params = new ArrayList<>();
                String where = where(q, params);
                where = (where.isEmpty() ? " where " : where + " and ") + "seq > ?";
                params.add(after);
                int n = 0;
                try (PreparedStatement ps = c.prepareStatement("select " + COLUMNS + " from audit_entry" + where
                        + " order by seq limit " + BATCH)) {
                    bind(ps, params);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            AuditEntry e = row(rs);
                            sink.accept(e);
                            after = e.sequence();
                            n++;
                        }
                    }
                }
                if (n < BATCH) {
                    return;
                }
            }
        });
    }

    @Override
    public List<AuditEntry> history(java.util.Collection<UUID> recordIds) {
        if (recordIds.isEmpty()) {
            return List.of();
        }
        return context.current().doReturningWork(c -> {
            List<AuditEntry> out = new ArrayList<>();
            String marks = String.join(", ", java.util.Collections.nCopies(recordIds.size(), "?"));
            try (PreparedStatement ps = c.prepareStatement("select " + COLUMNS
                    + " from audit_entry where record_id in (" + marks + ") order by seq")) {
                int i = 1;
                for (UUID id : recordIds) {
                    ps.setObject(i++, id);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(row(rs));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public List<AuditEntry> history(java.util.Collection<UUID> recordIds, java.util.Set<AuditAction> actions) {
        if (recordIds.isEmpty() || actions.isEmpty()) {
            return List.of();
        }
        return context.current().doReturningWork(c -> {
            List<AuditEntry> out = new ArrayList<>();
            String ids = String.join(", ", java.util.Collections.nCopies(recordIds.size(), "?"));
            String names = String.join(", ", java.util.Collections.nCopies(actions.size(), "?"));
            // by record first: on its own H2 picks the action index, which walks every entry of those actions
            try (PreparedStatement ps = c.prepareStatement("select " + COLUMNS + " from audit_entry use index"
                    + " (ix_audit_record) where record_id in (" + ids + ") and action in (" + names + ")"
                    + " order by seq")) {
                int i = 1;
                for (UUID id : recordIds) {
                    ps.setObject(i++, id);
                }
                for (AuditAction a : actions) {
                    ps.setString(i++, a.name());
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(row(rs));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public AuditVerifier.Source source() {
        return new AuditVerifier.Source() {
            @Override
            public void forEachInOrder(AuditVerifier.Visitor visitor) {
                forEachInRange(Long.MIN_VALUE, Long.MAX_VALUE, visitor);
            }

            @Override
            public void forEachInRange(long afterSeq, long upTo, AuditVerifier.Visitor visitor) {
                try (Connection c = dataSource.getConnection();
                     PreparedStatement ps = c.prepareStatement("select " + COLUMNS
                             + " from audit_entry where seq > ? and seq <= ? order by seq limit " + BATCH)) {
                    long after = afterSeq;
                    while (true) {
                        ps.setLong(1, after);
                        ps.setLong(2, upTo);
                        int n = 0;
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                AuditEntry e = row(rs);
                                if (!visitor.visit(e)) {
                                    return;
                                }
                                after = e.sequence();
                                n++;
                            }
                        }
                        if (n < BATCH) {
                            return;
                        }
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException("audit trail unreadable", e);
                }
            }

            @Override
            public long[] bounds() {
                try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                        "select min(seq), max(seq), count(*) from audit_entry"); ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(3) == 0 ? null : new long[] {rs.getLong(1), rs.getLong(2)};
                } catch (SQLException e) {
                    throw new IllegalStateException("audit trail unreadable", e);
                }
            }

            @Override
            public Optional<AuditEntry> at(long sequence) {
                try (Connection c = dataSource.getConnection();
                     PreparedStatement ps = c.prepareStatement("select " + COLUMNS + " from audit_entry where seq = ?")) {
                    ps.setLong(1, sequence);
                    try (ResultSet rs = ps.executeQuery()) {
                        return rs.next() ? Optional.of(row(rs)) : Optional.empty();
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException("audit trail unreadable", e);
                }
            }

            @Override
            public boolean containsHash(byte[] hash) {
                try (Connection c = dataSource.getConnection();
                     PreparedStatement ps = c.prepareStatement("select 1 from audit_entry where entry_hash = ?")) {
                    ps.setBytes(1, hash);
                    try (ResultSet rs = ps.executeQuery()) {
                        return rs.next();
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException("audit trail unreadable", e);
                }
            }
        };
    }

    private static String where(AuditQuery q, List<Object> params) {
        StringBuilder w = new StringBuilder();
        if (q.actor() != null && !q.actor().isBlank()) {
            w.append(" and actor = ?");
            params.add(q.actor().strip());
        }
        if (q.recordId() != null) {
            w.append(" and record_id = ?");
            params.add(q.recordId());
        }
        if (q.action() != null) {
            w.append(" and action = ?");
            params.add(q.action().name());
        }
        if (q.since() != null) {
            w.append(" and at_second >= ?");
            params.add(q.since().getEpochSecond());
        }
        if (q.until() != null) {
            w.append(" and at_second < ?");
            params.add(q.until().getEpochSecond());
        }
        return w.length() == 0 ? "" : " where" + w.substring(4);
    }

    private static void bind(PreparedStatement ps, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
        }
    }

    private static AuditEntry row(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong(1), Instant.ofEpochSecond(rs.getLong(2), rs.getInt(3)), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getObject(7, UUID.class), rs.getString(8), rs.getBytes(9),
                rs.getBytes(10), rs.getBytes(11));
    }

    private static Optional<String> meta(Connection c, String key, boolean forUpdate) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select meta_value from vault_meta where meta_key = ?"
                + (forUpdate ? " for update" : ""))) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    private static void putMeta(Connection c, String key, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into vault_meta (meta_key, meta_value) values (?, ?)")) {
            ps.setString(1, key);
            ps.setString(2, value);
            ps.executeUpdate();
        }
    }

}
