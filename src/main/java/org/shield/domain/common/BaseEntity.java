package org.shield.domain.common;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What every synchronised record carries: a UUIDv7 id, an optimistic-lock version, who created and
 * last changed it and when, and a deletion tombstone (nothing is hard-deleted).
 * {@link #toString()} shows the type and id only, never content.
 */
@MappedSuperclass
public abstract class BaseEntity {
    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 64)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    @Column(name = "deleted_by", length = 64)
    private String deletedBy;

    @Column(name = "deletion_reason", length = 500)
    private String deletionReason;

    protected BaseEntity() {
        // for JPA
    }

    protected BaseEntity(String actor, Instant at) {
        this.id = UuidV7.next();
        this.createdBy = requireActor(actor);
        this.createdAt = Objects.requireNonNull(at, "at");
        this.updatedBy = this.createdBy;
        this.updatedAt = this.createdAt;
    }

    /** Records who changed this record and when; call on every change. */
    public void touch(String actor, Instant at) {
        ensureNotDeleted();
        this.updatedBy = requireActor(actor);
        this.updatedAt = Objects.requireNonNull(at, "at");
    }

    /** Marks the record deleted; it stays in the store as a tombstone with the reason. */
    public void markDeleted(String actor, Instant at, String reason) {
        ensureNotDeleted();
        if (reason == null || reason.isBlank()) {
            throw new DomainRuleViolation("record.deleteReasonRequired");
        }
        String why = Text.required(reason, "record.deletionReason", 500);
        touch(actor, at);
        this.deletedBy = actor;
        this.deletedAt = at;
        this.deletionReason = why;
    }

    protected void ensureNotDeleted() {
        if (deletedAt != null) {
            throw new DomainRuleViolation("record.deleted");
        }
    }

    private static String requireActor(String actor) {
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("actor required");
        }
        return actor;
    }

    public UUID getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getDeletedAt() {
        return deletedAt;
    }

    public String getDeletedBy() {
        return deletedBy;
    }

    public String getDeletionReason() {
        return deletionReason;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    @Override
    public final boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (o == null || getClass() != o.getClass()) {
            return false;
        }
        return id != null && id.equals(((BaseEntity) o).id);
    }

    @Override
    public final int hashCode() {
        return getClass().hashCode();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + id + "]";
    }
}
