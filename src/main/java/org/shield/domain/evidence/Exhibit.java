package org.shield.domain.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.shield.domain.common.BaseEntity;
import org.shield.domain.common.DomainRuleViolation;
import org.shield.domain.common.Text;

/**
 * An exhibit of a case (REFERENCE §6). A digital exhibit's content lives outside the database in an
 * encrypted blob ({@link #getBlobId()}), under its own key, stored here only wrapped by the vault's data
 * key. What the content is (size, original name, hashes at intake) never changes after intake; what is
 * known about where it came from can be corrected, and every change is recorded in the audit trail.
 * The chain of custody is {@link CustodyEvent}s; {@link #getCustodian()} follows the last transfer.
 */
@Entity
@Table(name = "exhibit")
public class Exhibit extends BaseEntity {
    @Column(name = "case_id", nullable = false, updatable = false)
    private UUID caseId;

    @Column(name = "exhibit_number", nullable = false, length = 20)
    private String exhibitNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "exhibit_type", nullable = false, updatable = false, length = 20)
    private ExhibitType type;

    @Column(name = "description", nullable = false, length = 2000)
    private String description;

    @Column(name = "device_make", length = 100)
    private String deviceMake;
    @Column(name = "device_model", length = 100)
    private String deviceModel;
    @Column(name = "device_serial", length = 100)
    private String deviceSerial;
    @Column(name = "imei", length = 40)
    private String imei;
    @Column(name = "source_account", length = 300)
    private String account;
    @Column(name = "source_url", length = 2000)
    private String url;

    @Column(name = "obtained_how", length = 500)
    private String obtainedHow;
    @Column(name = "legal_authority", length = 500)
    private String legalAuthority;
    @Column(name = "collected_by", length = 200)
    private String collectedBy;
    @Column(name = "collected_by_role", length = 100)
    private String collectedByRole;
    @Column(name = "collected_by_badge", length = 50)
    private String collectedByBadge;
    @Column(name = "collected_at")
    private Instant collectedAt;
    @Column(name = "time_zone", length = 60)
    private String timeZone;
    @Column(name = "place", length = 300)
    private String place;
    @Column(name = "tool", length = 200)
    private String tool;
    @Column(name = "tool_version", length = 100)
    private String toolVersion;

    @Column(name = "original_file_name", updatable = false, length = 500)
    private String originalFileName;
    @Column(name = "size_bytes", updatable = false)
    private Long sizeBytes;
    @Column(name = "sha256", updatable = false, length = 64)
    private String sha256;
    @Column(name = "md5", updatable = false, length = 32)
    private String md5;
    @Column(name = "sha1", updatable = false, length = 40)
    private String sha1;
    @Column(name = "blob_id", updatable = false, length = 64)
    private String blobId;
    @Column(name = "wrapped_key", updatable = false, length = 200)
    private byte[] wrappedKey;

    @Column(name = "item_condition", length = 500)
    private String condition;
    @Column(name = "seal_number", length = 100)
    private String sealNumber;
    @Column(name = "storage_location", length = 300)
    private String storageLocation;

    @Column(name = "identifies_victim", nullable = false)
    private boolean identifiesVictim;
    @Column(name = "involves_minor", nullable = false)
    private boolean involvesMinor;
    @Column(name = "sexual_content", nullable = false)
    private boolean sexualContent;

    @Column(name = "parent_id")
    private UUID parentId;

    @Column(name = "custodian", nullable = false, length = 64)
    private String custodian;

    @Enumerated(EnumType.STRING)
    @Column(name = "integrity", nullable = false, length = 20)
    private Integrity integrity;
    @Column(name = "verified_at")
    private Instant verifiedAt;

    protected Exhibit() {
        // for JPA
    }

    /** A physical exhibit or document: no stored content. */
    public Exhibit(UUID caseId, String exhibitNumber, ExhibitType type, String description, String actor, Instant at) {
        super(actor, at);
        if (caseId == null || type == null) {
            throw new IllegalArgumentException("case and type required");
        }
        this.caseId = caseId;
        this.exhibitNumber = Text.required(exhibitNumber, "exhibit.number", 20);
        this.type = type;
        describe(description);
        this.custodian = actor;
        this.integrity = Integrity.NoContent;
    }

    /** A digital exhibit whose content was just stored as {@code blobId}, hashed in the same pass. */
    public static Exhibit digital(UUID caseId, String exhibitNumber, String description, String originalFileName,
            long sizeBytes, ContentHashes hashes, String blobId, byte[] wrappedKey, String actor, Instant at) {
        Exhibit e = new Exhibit(caseId, exhibitNumber, ExhibitType.Digital, description, actor, at);
        e.originalFileName = Text.optional(originalFileName, "exhibit.originalFileName", 500);
        if (sizeBytes < 0 || hashes == null || blobId == null || wrappedKey == null) {
            throw new IllegalArgumentException("content required");
        }
        e.sizeBytes = sizeBytes;
        e.sha256 = hashes.sha256();
        e.md5 = hashes.md5();
        e.sha1 = hashes.sha1();
        e.blobId = blobId;
        e.wrappedKey = wrappedKey.clone();
        e.integrity = Integrity.AtIntake;
        return e;
    }

    public final void describe(String text) {
        this.description = Text.required(text, "exhibit.description", 2000);
    }

    public void setSource(ExhibitSource s) {
        ExhibitSource v = s == null ? ExhibitSource.NONE : s;
        deviceMake = v.deviceMake();
        deviceModel = v.deviceModel();
        deviceSerial = v.deviceSerial();
        imei = v.imei();
        account = v.account();
        url = v.url();
    }

    public void setAcquisition(Acquisition a) {
        Acquisition v = a == null ? new Acquisition(null, null, null, null, null, null, null, null, null, null) : a;
        obtainedHow = v.obtainedHow();
        legalAuthority = v.legalAuthority();
        collectedBy = v.collectedBy();
        collectedByRole = v.collectedByRole();
        collectedByBadge = v.collectedByBadge();
        collectedAt = v.collectedAt();
        timeZone = v.timeZone();
        place = v.place();
        tool = v.tool();
        toolVersion = v.toolVersion();
    }

    public void setFlags(ExhibitFlags f) {
        ExhibitFlags v = f == null ? ExhibitFlags.NONE : f;
        identifiesVictim = v.identifiesVictim();
        involvesMinor = v.involvesMinor();
        sexualContent = v.sexualContent();
    }

    /** Condition, seal or bag number and storage location: what a physical exhibit is described by. */
    public void setHandling(String condition, String sealNumber, String storageLocation) {
        this.condition = Text.optional(condition, "exhibit.condition", 500);
        this.sealNumber = Text.optional(sealNumber, "exhibit.sealNumber", 100);
        this.storageLocation = Text.optional(storageLocation, "exhibit.storageLocation", 300);
    }

    /** Where the exhibit is kept now (set by a custody step that names a storage location). */
    public void storeAt(String location) {
        this.storageLocation = Text.optional(location, "exhibit.storageLocation", 300);
    }

    /** The exhibit this one was taken from (a SIM from a phone, an extraction from a SIM). */
    public void setParent(UUID parent) {
        if (parent != null && parent.equals(getId())) {
            throw new DomainRuleViolation("exhibit.parentSelf");
        }
        this.parentId = parent;
    }

    /**
     * A new number, when its label is replaced: only with a {@link CustodyAction#Relabelled} step that names the
     * number before and after (ADR 0012, "Relabelling"); the service checks the number is free in the case.
     */
    public void relabel(String number) {
        this.exhibitNumber = Text.required(number, "exhibit.number", 20);
    }

    public void handOver(String to) {
        this.custodian = Text.required(to, "custody.to", 64);
    }

    /**
     * The result of a re-verification. An exhibit without content is verified on its custody chain only:
     * intact it stays {@link Integrity#NoContent}; broken it is flagged like altered content.
     */
    public void recordVerification(boolean intact, Instant at) {
        this.integrity = intact ? (blobId == null ? Integrity.NoContent : Integrity.Verified) : Integrity.Mismatch;
        this.verifiedAt = Objects.requireNonNull(at);
    }

    public boolean hasContent() {
        return blobId != null;
    }

    /**
     * Digital content that is not in this vault: the record arrived by sync from another laptop, and the content, by
     * its SHA-256, is at HQ (ADR 0019).
     */
    public boolean contentElsewhere() {
        return blobId == null && sha256 != null;
    }

    public boolean isSensitive() {
        return getFlags().sensitive();
    }

    /** The fields whose changes the audit trail records, by name (content hashes and keys are fixed). */
    public Map<String, String> auditState() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("description", description);
        ExhibitSource s = getSource();
        m.put("deviceMake", s.deviceMake());
        m.put("deviceModel", s.deviceModel());
        m.put("deviceSerial", s.deviceSerial());
        m.put("imei", s.imei());
        m.put("account", s.account());
        m.put("url", s.url());
        m.put("obtainedHow", obtainedHow);
        m.put("legalAuthority", legalAuthority);
        m.put("collectedBy", collectedBy);
        m.put("collectedByRole", collectedByRole);
        m.put("collectedByBadge", collectedByBadge);
        m.put("collectedAt", collectedAt == null ? null : collectedAt.toString());
        m.put("timeZone", timeZone);
        m.put("place", place);
        m.put("tool", tool);
        m.put("toolVersion", toolVersion);
        m.put("condition", condition);
        m.put("sealNumber", sealNumber);
        m.put("storageLocation", storageLocation);
        m.put("identifiesVictim", String.valueOf(identifiesVictim));
        m.put("involvesMinor", String.valueOf(involvesMinor));
        m.put("sexualContent", String.valueOf(sexualContent));
        m.put("parentId", parentId == null ? null : parentId.toString());
        return m;
    }

    public UUID getCaseId() {
        return caseId;
    }

    public String getExhibitNumber() {
        return exhibitNumber;
    }

    public ExhibitType getType() {
        return type;
    }

    public String getDescription() {
        return description;
    }

    public ExhibitSource getSource() {
        return new ExhibitSource(deviceMake, deviceModel, deviceSerial, imei, account, url);
    }

    public Acquisition getAcquisition() {
        return new Acquisition(obtainedHow, legalAuthority, collectedBy, collectedByRole, collectedByBadge, collectedAt,
                timeZone, place, tool, toolVersion);
    }

    public ExhibitFlags getFlags() {
        return new ExhibitFlags(identifiesVictim, involvesMinor, sexualContent);
    }

    public String getOriginalFileName() {
        return originalFileName;
    }

    public Long getSizeBytes() {
        return sizeBytes;
    }

    /** Null for an exhibit without stored content. */
    public ContentHashes getHashes() {
        return sha256 == null ? null : new ContentHashes(sha256, md5, sha1);
    }

    public String getBlobId() {
        return blobId;
    }

    public byte[] getWrappedKey() {
        return wrappedKey == null ? null : wrappedKey.clone();
    }

    public String getCondition() {
        return condition;
    }

    public String getSealNumber() {
        return sealNumber;
    }

    public String getStorageLocation() {
        return storageLocation;
    }

    public UUID getParentId() {
        return parentId;
    }

    public String getCustodian() {
        return custodian;
    }

    public Integrity getIntegrity() {
        return integrity;
    }

    public Instant getVerifiedAt() {
        return verifiedAt;
    }
}
