package org.shield.hq;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.shield.application.common.AccessDeniedException;
import org.shield.application.common.ApplicationException;
import org.shield.application.common.ConflictException;
import org.shield.application.common.NotFoundException;
import org.shield.application.common.UserMessage;
import org.shield.application.common.ValidationException;
import org.shield.application.sync.DeviceState;
import org.shield.application.sync.DeviceSummary;
import org.shield.application.sync.Enrolment;
import org.shield.application.sync.EnrolmentCode;
import org.shield.application.sync.PassphraseHasher;
import org.shield.domain.common.UuidV7;
import org.shield.domain.security.Role;

/**
 * HQ's accounts, enrolment and devices (ADR 0019). Stateless: everything lives in the {@link HqStore}, so any
 * HQ process can answer any request. Secrets (session tokens, enrolment codes, device tokens) are random, given
 * out once and kept only as SHA-256 hashes. Every grant, enrolment and refusal goes to HQ's audit trail.
 * Blocking; thread-safe.
 */
public final class HqService {
    /** HQ's own role for its administrators; laptops' roles are the vault's ({@link Role}). */
    public static final String ADMINISTRATOR = "HqAdministrator";
    static final Duration SESSION = Duration.ofHours(8);
    static final Duration CODE_VALID = Duration.ofHours(72);
    /** A device clock further off HQ's than this is flagged (ADR 0019). */
    static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);
    /** Codes people type: 20 characters of an alphabet without look-alikes, 100 bits, in groups of four. */
    private static final char[] CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();
    private static final int CODE_CHARS = 20;
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    private static final Pattern UNIT = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,31}");

    private final HqStore store;
    private final PassphraseHasher hasher;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final AccessCache access;

    public HqService(HqStore store, PassphraseHasher hasher, Clock clock) {
        this.store = store;
        this.access = new AccessCache(store);
        this.hasher = hasher;
        this.clock = clock;
    }

    /** Whether HQ has any account yet (none before its first start). */
    public boolean hasAccounts() throws ApplicationException {
        return store.hasAnyUser();
    }

    /** At HQ's first start: creates its administrator. False (and nothing done) if HQ already has accounts. */
    public boolean createFirstAdministrator(String name, char[] passphrase) throws ApplicationException {
        requireName(name);
        if (store.hasAnyUser()) {
            return false;
        }
        store.addUser(name, ADMINISTRATOR, hasher.hash(passphrase), clock.instant());
        store.audit(clock.instant(), name, null, "AdministratorCreated", null);
        return true;
    }

    /** Signs an HQ account in; the token is good for {@link #SESSION}. The same refusal for a wrong name or passphrase. */
    public String signIn(String name, char[] passphrase) throws ApplicationException {
        Optional<String> hash = name == null ? Optional.empty() : store.passphraseHash(name);
        if (hash.isEmpty() || !hasher.matches(passphrase, hash.get())) {
            store.audit(clock.instant(), "?", null, "SignInRefused", null);
            throw new AccessDeniedException(new UserMessage("hq.error.signIn"));
        }
        String token = secret();
        store.addSession(sha256(token), name, clock.instant().plus(SESSION));
        store.audit(clock.instant(), name, null, "SignIn", null);
        return token;
    }

    /** The administrator a session token belongs to. */
    public String administrator(String sessionToken) throws ApplicationException {
        if (sessionToken == null || sessionToken.isBlank()) {
            throw new AccessDeniedException(new UserMessage("hq.error.notSignedIn"));
        }
        return store.sessionUser(sha256(sessionToken), clock.instant())
                .orElseThrow(() -> new AccessDeniedException(new UserMessage("hq.error.notSignedIn")));
    }

    /** A one-time code for {@code userName} to enrol one laptop with {@code role} in {@code unitCode}. */
    public EnrolmentCode issueCode(String sessionToken, String userName, String role, String unitCode)
            throws ApplicationException {
        String admin = administrator(sessionToken);
        requireName(userName);
        String unit = unitCode == null ? "" : unitCode.strip().toUpperCase(Locale.ROOT);
        if (!UNIT.matcher(unit).matches()) {
            throw new ValidationException(new UserMessage("hq.error.unit"));
        }
        Role r = parseRole(role);
        String code = code();
        Instant now = clock.instant();
        Instant until = now.plus(CODE_VALID);
        store.addCode(sha256(normalise(code)), userName, r.name(), unit, admin, now, until);
        store.audit(now, admin, null, "EnrolmentCodeIssued", r.name() + " " + unit);
        return new EnrolmentCode(code, userName, r.name(), unit, until);
    }

    /**
     * Enrols a laptop with a code, its vault's Ed25519 public key (X.509, base64) and the vault user enrolling, who
     * must be the one the code was issued for. The same refusal for an unknown, used, expired or other user's code.
     */
    public Enrolment enrol(String code, String publicKey, String userName) throws ApplicationException {
        requireEd25519(publicKey);
        UUID device = UuidV7.next();
        String token = secret();
        Instant now = clock.instant();
        Optional<HqStore.CodeGrant> grant = store.enrol(sha256(normalise(code)), userName == null ? "" : userName,
                now, device, publicKey, sha256(token));
        if (grant.isEmpty()) {
            store.audit(now, "?", null, "EnrolmentRefused", null);
            throw new AccessDeniedException(new UserMessage("hq.error.code"));
        }
        store.audit(now, grant.get().userName(), device, "DeviceEnrolled", grant.get().role() + " "
                + grant.get().unitCode());
        return new Enrolment(device, token, grant.get().userName(), grant.get().role(), grant.get().unitCode());
    }

    public List<DeviceSummary> devices(String sessionToken) throws ApplicationException {
        String admin = administrator(sessionToken);
        store.audit(clock.instant(), admin, null, "DevicesListed", null);
        return store.devices();
    }

    /** Marks a device lost: at its next contact it is told to destroy its vault keys. */
    public void markLost(String sessionToken, UUID deviceId) throws ApplicationException {
        String admin = administrator(sessionToken);
        if (!store.markLost(deviceId, admin, clock.instant())) {
            throw new NotFoundException(new UserMessage("hq.error.noActiveDevice", deviceId));
        }
        store.audit(clock.instant(), admin, deviceId, "DeviceMarkedLost", null);
    }

    /**
     * A device's contact: who it is and what it must do. A revoked or unknown device is refused; a lost one is
     * answered (with {@link DeviceState#Lost}) so that it can destroy its keys.
     */
    public HqStore.Device contact(String deviceToken) throws ApplicationException {
        Optional<HqStore.Device> d = deviceToken == null ? Optional.empty()
                : store.contact(sha256(deviceToken), clock.instant());
        if (d.isEmpty() || d.get().state() == DeviceState.Revoked || d.get().state() == DeviceState.Shredded) {
            store.audit(clock.instant(), "?", d.map(HqStore.Device::id).orElse(null), "DeviceRefused", null);
            throw new AccessDeniedException(new UserMessage("hq.error.deviceRefused"));
        }
        return d.get();
    }

    /** A lost device reports that it destroyed its vault keys. */
    public void shredded(String deviceToken) throws ApplicationException {
        HqStore.Device d = contact(deviceToken);
        if (d.state() != DeviceState.Lost) {
            throw new ValidationException(new UserMessage("hq.error.notLost"));
        }
        store.shredReported(d.id(), clock.instant());
        store.audit(clock.instant(), d.userName(), d.id(), "DeviceKeysDestroyed", null);
    }

    /**
     * A device pushes a batch of changes (ADR 0019). The body must be signed with the vault key the device
     * enrolled, name this device, and continue its sequence; changes HQ already stored are skipped, so a replayed
     * batch changes nothing. A device clock more than {@link #CLOCK_TOLERANCE} off HQ's is flagged and does not
     * advance HQ's clock.
     */
    public org.shield.application.sync.PushResult push(String deviceToken, byte[] body, String signature)
            throws ApplicationException {
        HqStore.Device d = contact(deviceToken);
        if (d.state() != DeviceState.Active) {
            throw new AccessDeniedException(new UserMessage("hq.error.deviceRefused"));
        }
        if (!signedBy(d.publicKey(), body, signature)) {
            store.audit(clock.instant(), d.userName(), d.id(), "PushRefused", "signature");
            throw new AccessDeniedException(new UserMessage("hq.error.signature"));
        }
        org.shield.application.sync.PushBatch batch = PushCodec.batch(body);
        if (!d.id().equals(batch.deviceId())) {
            store.audit(clock.instant(), d.userName(), d.id(), "PushRefused", "device");
            throw new AccessDeniedException(new UserMessage("hq.error.signature"));
        }
        requireEpoch(d, batch.epoch());
        List<HqStore.Incoming> changes = PushCodec.changes(batch);
        Instant now = clock.instant();
        long offset = Duration.between(now, batch.sentAt()).toMillis();
        boolean flagged = Math.abs(offset) > CLOCK_TOLERANCE.toMillis();
        HqStore.PushOutcome o = store.push(d, changes, now, offset, flagged);
        switch (o.refusal()) {
            case GAP -> {
                store.audit(now, d.userName(), d.id(), "PushRefused", "gap after " + o.storedUpTo());
                throw new ConflictException(new UserMessage("hq.error.gap", o.storedUpTo()));
            }
            case MISMATCH -> {
                store.audit(now, d.userName(), d.id(), "PushRefused", "sequence reused");
                throw new ConflictException(new UserMessage("hq.error.sequenceReused"));
            }
            case NOT_ACTIVE -> throw new AccessDeniedException(new UserMessage("hq.error.deviceRefused"));
            default -> {
                return new org.shield.application.sync.PushResult(o.storedUpTo(), o.stored(), o.conflicts());
            }
        }
    }

    /** The most records a feed page scans. */
    static final int FEED_PAGE = 2_000;

    /**
     * A page of the change feed for a device (ADR 0019): the records after {@code after} its user may see, under the
     * laptop's own rules ({@link NeedToKnow}). If what the user may see changed since the {@code scope} the device
     * sent, the page says so and lists the cases it may see now, and nothing else. Each page is in HQ's audit trail.
     */
    public org.shield.application.sync.FeedPage feed(String deviceToken, long after, int limit, String scope,
            UUID epoch) throws ApplicationException {
        HqStore.Device d = activeDevice(deviceToken);
        requireEpoch(d, epoch);
        long from = Math.max(0, after);
        // the records first, the relations after: every case with a record up to the last position read has
        // committed by then, so the scope sent with the page covers exactly what the page can hold
        List<HqStore.FeedRow> rows = store.recordsAfter(from, Math.max(1, Math.min(limit, FEED_PAGE)));
        // kept in memory while the relations do not change (AccessCache): read after the records all the same
        AccessCache.Entry a = access.of(d);
        NeedToKnow ntk = a.ntk();
        if (!a.scope().at(from).equals(scope)) {
            List<UUID> visible = ntk.visibleCases();
            store.audit(clock.instant(), d.userName(), d.id(), "FeedScopeSent", visible.size() + " cases");
            return new org.shield.application.sync.FeedPage(List.of(), 0, true, a.scope().at(0), true,
                    visible, List.of());
        }
        List<org.shield.application.sync.FeedRecord> out = new FeedFilter(store, ntk).filter(rows);
        long next = rows.isEmpty() ? from : rows.get(rows.size() - 1).pos();
        boolean more = rows.size() == Math.max(1, Math.min(limit, FEED_PAGE));
        List<UUID> withdrawn = withdrawn(rows, d, ntk);
        store.audit(clock.instant(), d.userName(), d.id(), "FeedSent", "after " + after + ", " + out.size()
                + " of " + rows.size() + " records, to " + next + (withdrawn.isEmpty() ? ""
                        : ", " + withdrawn.size() + " cases withdrawn"));
        return new org.shield.application.sync.FeedPage(out, next, more, a.scope().at(next), false,
                List.of(), withdrawn);
    }

    /**
     * The cases among {@code rows} that the device itself sent to HQ and its user may no longer see. The scope
     * fingerprint covers only cases that reached HQ at or before the device's cursor; a case the device made and
     * pushed lies beyond it until the device pulls past it, and if its user loses it meanwhile the fingerprint never
     * shows it, so the page names it (ADR 0019, "Need-to-know across sync"). Only the device's own cases: naming the
     * others would tell a device about cases its user may not know of.
     */
    private static List<UUID> withdrawn(List<HqStore.FeedRow> rows, HqStore.Device d, NeedToKnow ntk) {
        List<UUID> out = new ArrayList<>();
        SyncScope.Rule caseRule = SyncScope.rule("case_file");
        for (HqStore.FeedRow r : rows) {
            if ("case_file".equals(r.table()) && d.id().equals(r.createdBy()) && r.caseId() != null
                    && !ntk.allows(r.caseId(), caseRule.permission())) {
                out.add(r.caseId());
            }
        }
        return out;
    }

    /** After a completed sync the device moves its epoch; a device presenting an older one must start over. */
    public void moveEpoch(String deviceToken, UUID from, UUID to) throws ApplicationException {
        HqStore.Device d = activeDevice(deviceToken);
        if (to == null) {
            throw new ValidationException(new UserMessage("hq.error.request"));
        }
        if (!store.advanceEpoch(d.id(), from, to)) {
            store.audit(clock.instant(), d.userName(), d.id(), "StaleVaultRefused", null);
            throw new ConflictException(new UserMessage("hq.error.staleVault"));
        }
    }

    /**
     * A vault restored from a backup or copied starts over: HQ forgets its epoch and tells it the highest change
     * number it holds from the device, so that the vault numbers what it has not sent after it and pulls in full.
     */
    public org.shield.application.sync.ResyncAnswer resync(String deviceToken) throws ApplicationException {
        HqStore.Device d = activeDevice(deviceToken);
        long stored = store.resync(d.id());
        store.audit(clock.instant(), d.userName(), d.id(), "DeviceResync", "stored " + stored);
        return new org.shield.application.sync.ResyncAnswer(stored);
    }

    /**
     * The open conflicts this device's user may resolve (ADR 0019): on records the user may see, where the user
     * created the record, leads its case, or supervises. Listing them is in HQ's audit trail.
     */
    public List<org.shield.application.sync.ConflictView> conflicts(String deviceToken) throws ApplicationException {
        HqStore.Device d = activeDevice(deviceToken);
        List<org.shield.application.sync.ConflictView> out = resolvable(d);
        store.audit(clock.instant(), d.userName(), d.id(), "ConflictsListed", out.size() + " conflicts");
        return out;
    }

    /** Ends a conflict with {@code value} (JSON text), as this device's user: recorded, and sent to every laptop. */
    public void resolve(String deviceToken, UUID conflictId, String value) throws ApplicationException {
        HqStore.Device d = activeDevice(deviceToken);
        if (!PushCodec.isJson(value)) {
            throw new ValidationException(new UserMessage("hq.error.resolution"));
        }
        boolean mine = resolvable(d).stream().anyMatch(c -> c.id().equals(conflictId));
        if (!mine || !store.resolve(conflictId, value, d.id(), d.userName(), clock.instant())) {
            throw new NotFoundException(new UserMessage("hq.error.noConflict", conflictId));
        }
    }

    private List<org.shield.application.sync.ConflictView> resolvable(HqStore.Device d) throws ApplicationException {
        List<HqStore.OpenConflict> open = store.openConflicts();
        if (open.isEmpty()) {
            return List.of();
        }
        Role role = Role.valueOf(d.role());
        NeedToKnow ntk = access.of(d).ntk();
        List<HqStore.FeedRow> records = open.stream().map(HqStore.OpenConflict::record).distinct().toList();
        java.util.Set<String> visible = new java.util.HashSet<>();
        for (org.shield.application.sync.FeedRecord r : new FeedFilter(store, ntk).filter(records)) {
            visible.add(r.table() + '\u0000' + r.rowKey());
        }
        java.util.Map<String, java.util.Map<String, String>> fields = store.fields(records);
        java.util.Map<UUID, String> leads = store.leads(records.stream().map(HqStore.FeedRow::caseId)
                .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet()));
        List<org.shield.application.sync.ConflictView> out = new java.util.ArrayList<>();
        for (HqStore.OpenConflict c : open) {
            HqStore.FeedRow r = c.record();
            if (!visible.contains(r.id())) {
                continue;
            }
            String creator = PushCodec.unquote(fields.getOrDefault(r.id(), java.util.Map.of()).get("created_by"));
            boolean owner = d.userName().equals(creator)
                    || (r.caseId() != null && d.userName().equals(leads.get(r.caseId())));
            if (owner || role == Role.Supervisor) {
                out.add(c.view());
            }
        }
        return out;
    }

    /** The largest chunk of exhibit content HQ takes in one request, and the largest range it sends. */
    public static final int MAX_CHUNK = 8 * 1024 * 1024;
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    /**
     * How much of the exhibit content with this SHA-256 HQ holds (ADR 0019): what an upload resumes from. To a device
     * that pushed an exhibit carrying the hash, as that device's upload stands: content another device uploaded counts
     * as not held until this device has sent the same bytes (a proof of possession), so that pushing an exhibit with a
     * known hash tells nothing about what HQ holds. To a device whose user may see an exhibit that opens the content,
     * whether HQ holds it whole; to others as if HQ held nothing of it.
     */
    public HqStore.ContentState contentState(String deviceToken, String sha256) throws ApplicationException {
        HqStore.Device d = activeDevice(deviceToken);
        String hash = requireSha256(sha256);
        HqStore.ContentState none = new HqStore.ContentState(0, 0, false);
        if (store.exhibitHashFrom(d.id(), hash)) {
            return store.contentFor(hash, d.id()).orElse(none);
        }
        return mayFetch(d, hash) ? store.content(hash).filter(HqStore.ContentState::complete).orElse(none) : none;
    }

    /**
     * A chunk of exhibit content from a device that pushed an exhibit record carrying {@code sha256} (ADR 0019). The
     * chunk must carry its own SHA-256 ({@code chunkSha256}; a chunk damaged on the way is refused and nothing kept)
     * and start at the number of bytes HQ holds. When its last byte arrives HQ hashes the whole content again and
     * accepts it only if that is {@code sha256}; otherwise it drops every chunk and says so. Audited.
     */
    public HqStore.ContentState acceptChunk(String deviceToken, String sha256, long size, long offset, byte[] data,
            String chunkSha256) throws ApplicationException {
        HqStore.Device d = activeDevice(deviceToken);
        String hash = requireSha256(sha256);
        if (data == null || data.length > MAX_CHUNK || size < 0 || offset < 0) {
            throw new ValidationException(new UserMessage("hq.error.request"));
        }
        Instant now = clock.instant();
        if (!store.exhibitHashFrom(d.id(), hash)) {
            store.audit(now, d.userName(), d.id(), "ContentRefused", "no exhibit of this device " + brief(hash));
            throw new AccessDeniedException(new UserMessage("hq.error.contentUnknown"));
        }
        if (chunkSha256 == null || !sha256Hex(data).equals(chunkSha256.strip().toLowerCase(Locale.ROOT))) {
            store.audit(now, d.userName(), d.id(), "ChunkRefused", brief(hash) + " at " + offset);
            throw new ValidationException(new UserMessage("hq.error.chunkHash", offset));
        }
        HqStore.ChunkResult r = store.appendChunk(hash, size, offset, data, d.id(), now);
        switch (r.outcome()) {
            case OFFSET -> throw new ConflictException(new UserMessage("hq.error.contentOffset", r.held()));
            case BUSY -> throw new ConflictException(new UserMessage("hq.error.contentBusy"));
            case SIZE -> throw new ValidationException(new UserMessage("hq.error.contentSize"));
            case HASH_MISMATCH -> {
                store.audit(now, d.userName(), d.id(), "ContentRefused", "whole hash differs " + brief(hash));
                throw new ConflictException(new UserMessage("hq.error.contentHash"));
            }
            case ACCEPTED -> store.audit(now, d.userName(), d.id(), "ContentAccepted", brief(hash) + ", " + size
                    + " bytes");
            case PROVEN -> store.audit(now, d.userName(), d.id(), "ContentPossessionProven", brief(hash) + ", "
                    + size + " bytes");
            case STORED -> {
                if (offset == 0) {
                    store.audit(now, d.userName(), d.id(), "ContentUploadStarted", brief(hash) + ", " + size
                            + " bytes");
                }
            }
            default -> {
                // COMPLETE_ALREADY: this device sent it, or proved it holds it, before; nothing to do
            }
        }
        return new HqStore.ContentState(size, r.held(), r.outcome() == HqStore.ChunkOutcome.ACCEPTED
                || r.outcome() == HqStore.ChunkOutcome.PROVEN || r.outcome() == HqStore.ChunkOutcome.COMPLETE_ALREADY);
    }

    /**
     * How long an unfinished upload of exhibit content may stand still before HQ drops what it holds of it. The device
     * sending it keeps the whole content and starts again from the first byte at its next sync; one that never comes
     * back (lost, shredded) left bytes no one can complete or check.
     */
    public static final java.time.Duration ABANDONED_UPLOAD = java.time.Duration.ofDays(30);

    /**
     * Drops the uploads of exhibit content that have stood still for {@link #ABANDONED_UPLOAD}, and says so in HQ's
     * audit trail (how many, never which). Run at each start and daily; any number of HQ processes may run it at once.
     * Returns how many.
     */
    public int collectAbandonedUploads() throws ApplicationException {
        Instant now = clock.instant();
        int dropped = store.dropAbandonedUploads(now.minus(ABANDONED_UPLOAD));
        if (dropped > 0) {
            store.audit(now, "hq", null, "AbandonedUploadsDropped", dropped + " uploads");
        }
        return dropped;
    }

    /**
     * Up to {@code length} bytes from {@code from} of accepted exhibit content, to a device whose user may see an
     * exhibit carrying it under the feed's rules ({@link NeedToKnow}; a sensitive exhibit also needs the right to open
     * sensitive evidence on its case). Every range sent is in HQ's audit trail.
     */
    public byte[] content(String deviceToken, String sha256, long from, int length) throws ApplicationException {
        HqStore.Device d = activeDevice(deviceToken);
        String hash = requireSha256(sha256);
        if (from < 0 || length <= 0) {
            throw new ValidationException(new UserMessage("hq.error.request"));
        }
        Optional<HqStore.ContentState> held = store.content(hash);
        boolean complete = held.isPresent() && held.get().complete();
        // accepted content opens only through its uploader's exhibits; before that, who may see an exhibit carrying
        // the hash is told it is not at HQ yet, and anyone else only that it is not theirs to see
        if (!mayFetch(d, hash, complete)) {
            store.audit(clock.instant(), d.userName(), d.id(), "ContentRefused", "need to know " + brief(hash));
            throw new AccessDeniedException(new UserMessage("hq.error.contentNotVisible"));
        }
        if (!complete) {
            throw new NotFoundException(new UserMessage("hq.error.noContent"));
        }
        byte[] out = store.contentRange(hash, from, Math.min(length, MAX_CHUNK));
        store.audit(clock.instant(), d.userName(), d.id(), "ContentSent", brief(hash) + " " + from + "+"
                + out.length);
        return out;
    }

    /** Whether this device's user may see an exhibit that carries this hash (the feed's rules, and sensitivity). */
    private boolean mayFetch(HqStore.Device d, String hash) throws ApplicationException {
        return mayFetch(d, hash, true);
    }

    /** As {@link #mayFetch(HqStore.Device, String)}; {@code uploaderOnly}: only through the uploader's exhibits. */
    private boolean mayFetch(HqStore.Device d, String hash, boolean uploaderOnly) throws ApplicationException {
        List<HqStore.FeedRow> rows = store.exhibitsWithHash(hash, uploaderOnly);
        if (rows.isEmpty()) {
            return false;
        }
        NeedToKnow ntk = access.of(d).ntk();
        List<org.shield.application.sync.FeedRecord> visible = new FeedFilter(store, ntk).filter(rows);
        for (org.shield.application.sync.FeedRecord r : visible) {
            boolean sensitive = "true".equals(r.fields().get("involves_minor"))
                    || "true".equals(r.fields().get("sexual_content"));
            UUID caseId = PushCodec.uuid(r.fields().get("case_id"));
            if (!sensitive || ntk.allows(caseId, org.shield.domain.security.Permission.EVIDENCE_OPEN_SENSITIVE)) {
                return true;
            }
        }
        return false;
    }

    private static String requireSha256(String sha256) throws ValidationException {
        String h = sha256 == null ? "" : sha256.strip().toLowerCase(Locale.ROOT);
        if (!SHA256.matcher(h).matches()) {
            throw new ValidationException(new UserMessage("hq.error.contentAddress"));
        }
        return h;
    }

    /** The first characters of a hash: enough to find it in the audit trail. */
    private static String brief(String hash) {
        return hash.substring(0, 16);
    }

    private static String sha256Hex(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * HQ's TLS certificate: the one in the database, or a new one made and stored now (ADR 0019). Every HQ process
     * over the same database presents the same certificate, so laptops pin one fingerprint.
     */
    public HqTls tls() throws ApplicationException {
        try {
            Optional<String[]> stored = store.tls();
            if (stored.isEmpty()) {
                HqTls made = HqTls.create(clock.instant());
                if (store.saveTls(made.encoded(), made.password(), made.fingerprint(), clock.instant())) {
                    store.audit(clock.instant(), "hq", null, "TlsCertificateCreated", made.fingerprint());
                    return made;
                }
                stored = store.tls();
            }
            return HqTls.load(stored.orElseThrow()[0], stored.orElseThrow()[1]);
        } catch (java.security.GeneralSecurityException e) {
            throw new org.shield.application.common.StorageException(new UserMessage("hq.error.tls"), e);
        }
    }

    private HqStore.Device activeDevice(String deviceToken) throws ApplicationException {
        HqStore.Device d = contact(deviceToken);
        if (d.state() != DeviceState.Active) {
            throw new AccessDeniedException(new UserMessage("hq.error.deviceRefused"));
        }
        return d;
    }

    private void requireEpoch(HqStore.Device d, UUID presented) throws ApplicationException {
        Optional<UUID> known = store.epoch(d.id());
        if (known.isPresent() && !known.get().equals(presented)) {
            store.audit(clock.instant(), d.userName(), d.id(), "StaleVaultRefused", null);
            throw new ConflictException(new UserMessage("hq.error.staleVault"));
        }
    }

    private static boolean signedBy(String publicKey, byte[] body, String signature) {
        if (signature == null || body == null) {
            return false;
        }
        try {
            java.security.Signature v = java.security.Signature.getInstance("Ed25519");
            v.initVerify(KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(
                    Base64.getDecoder().decode(publicKey))));
            v.update(body);
            return v.verify(Base64.getDecoder().decode(signature.strip()));
        } catch (java.security.GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static Role parseRole(String role) throws ValidationException {
        for (Role r : Role.values()) {
            if (r.name().equalsIgnoreCase(role == null ? "" : role.strip())) {
                return r;
            }
        }
        throw new ValidationException(new UserMessage("hq.error.role"));
    }

    private static void requireName(String name) throws ValidationException {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new ValidationException(new UserMessage("hq.error.userName"));
        }
    }

    private static void requireEd25519(String publicKey) throws ValidationException {
        try {
            KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(Base64.getDecoder()
                    .decode(publicKey == null ? "" : publicKey)));
        } catch (IllegalArgumentException | InvalidKeySpecException | NoSuchAlgorithmException e) {
            throw new ValidationException(new UserMessage("hq.error.publicKey"));
        }
    }

    private String secret() {
        byte[] b = new byte[32];
        random.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private String code() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < CODE_CHARS; i++) {
            if (i > 0 && i % 4 == 0) {
                b.append('-');
            }
            b.append(CODE_ALPHABET[random.nextInt(CODE_ALPHABET.length)]);
        }
        return b.toString();
    }

    /** A typed code compares without its dashes, spaces or case. */
    static String normalise(String code) {
        return code == null ? "" : code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
