package org.shield.application.security;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.shield.application.access.AccessControl;
import org.shield.application.access.RecordRelations;
import org.shield.application.audit.AuditExporter;
import org.shield.application.audit.AuditQuery;
import org.shield.application.audit.AuditRecord;
import org.shield.application.audit.AuditReport;
import org.shield.application.audit.AuditStore;
import org.shield.application.common.ApplicationException;
import org.shield.application.common.CancellationToken;
import org.shield.application.common.OperationCancelledException;
import org.shield.application.common.Page;
import org.shield.application.common.ProgressListener;
import org.shield.application.common.StorageException;
import org.shield.application.common.TransactionRunner;
import org.shield.application.common.UserMessage;
import org.shield.application.common.ValidationException;
import org.shield.domain.audit.AuditAction;
import org.shield.domain.audit.AuditChain;
import org.shield.domain.audit.AuditEntry;
import org.shield.domain.audit.AuditVerifier;
import org.shield.domain.audit.ChangeSet;
import org.shield.domain.party.Person;
import org.shield.domain.security.Permission;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reading and checking the audit trail: the global viewer and its export (supervisors, auditors), the
 * history of one record (whoever may read the record), and verification of the chain. The identity
 * values of persons are masked in everything this returns: reading them is a reveal, not an audit.
 * Blocking; call from a worker thread.
 */
public final class AuditService {
    private static final Logger LOG = LoggerFactory.getLogger(AuditService.class);
    /** Shown instead of an identity value of a person, or case content the reader may not see. */
    public static final String MASK = "\u2022\u2022\u2022";
    /**
     * Fields whose values are about the handling of a record, not its content: the trail viewer and its
     * export show them to supervisors and auditors. Everything else (titles, summaries, notes, places,
     * descriptions, names) is shown only in the history of a record whose case the reader may read.
     */
    static final java.util.Set<String> HANDLING_FIELDS = java.util.Set.of("permission", "format", "rows", "entries",
            "state", "kind", "role", "roleInProcess", "status", "sensitivity", "disabled", "mustChangePassphrase",
            "roles", "unitCode", "checked", "intact", "firstBad", "problem", "failedAttempts", "lastAttempt",
            "userName", "requestedBy", "decidedBy", "leadInvestigator", "team", "referredTo", "caseId", "personId",
            "pseudonym", "type", "exploitationTypes", "openedOn", "closedOn", "date", "country", "correctsNoteId",
            "subjectId", "requestedValue", "purpose", "reason", "requestReason", "decisionReason", "actorFilter",
            "recordFilter", "actionFilter", "since", "until", "what", "beforeSignInOf", "keyFile",
            // evidence and interviews: how an exhibit was handled and checked, never what it shows or says
            "exhibitNumber", "exhibits", "eventId", "seq", "previousEventId", "action", "from", "to", "occurredAt",
            "hashChecked", "hashResult", "sha256", "md5", "sha1", "sizeBytes", "expected", "found", "contentCheck",
            "custody", "contentSha256", "signedOffBy", "countersignedBy", "interviewId", "unit",
            "countersignRequired", "recordedBy", "recordedAt", "identifiesVictim", "involvesMinor", "sexualContent", "parentId",
            // reports: which report, its hash and form, never its content
            "reportId", "pages", "language", "redaction");
    private static final int MAX_PAGE = 500;
    private static final String TYPE = "AuditTrail";

    private final TransactionRunner tx;
    private final AuditStore store;
    private final AccessControl access;
    private final RecordRelations relations;

    public AuditService(TransactionRunner tx, AuditStore store, AccessControl access, RecordRelations relations) {
        this.tx = tx;
        this.store = store;
        this.access = access;
        this.relations = relations;
    }

    /**
     * Verifies the whole trail: every hash and link, and signatures as far as the chain needs them
     * ({@code full}: every signature). Records that a verification ran, and its outcome.
     */
    public AuditReport verify(boolean full, ProgressListener progress, CancellationToken cancel)
            throws ApplicationException {
        tx.read(() -> {
            access.require(Permission.AUDIT_VERIFY, TYPE, null);
            return null;
        });
        long t0 = System.nanoTime();
        AuditVerifier verifier = new AuditVerifier(store.publicKey(), full, store.signatureProvider());
        AuditVerifier.Source source = store.source();
        AuditVerifier.Source cancellable = new AuditVerifier.Source() {
            @Override
            public void forEachInOrder(AuditVerifier.Visitor visitor) {
                source.forEachInOrder(e -> !cancel.isCancelled() && visitor.visit(e));
            }

            @Override
            public void forEachInRange(long after, long upTo, AuditVerifier.Visitor visitor) {
                source.forEachInRange(after, upTo, e -> !cancel.isCancelled() && visitor.visit(e));
            }

            @Override
            public long[] bounds() {
                return source.bounds();
            }

            @Override
            public java.util.Optional<AuditEntry> at(long sequence) {
                return source.at(sequence);
            }

            @Override
            public boolean containsHash(byte[] hash) {
                return source.containsHash(hash);
            }
        };
        AuditChain.Verification v = verifier.verify(cancellable, store.head(),
                n -> progress.progress(n, -1), Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())));
        if (cancel.isCancelled()) {
            throw new OperationCancelledException(new UserMessage("error.cancelled"));
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        AuditReport report = new AuditReport(v.checked(), v.firstBadSequence(), v.problem(), ms);
        tx.write(() -> {
            store.append(access.user().userName(), AuditAction.AuditVerified, TYPE, null, new ChangeSet()
                    .with("checked", v.checked()).with("intact", v.intact())
                    .with("firstBad", v.firstBadSequence()).with("problem", v.problem()));
            return null;
        });
        LOG.info("audit trail verified: entries={} intact={} ms={}", v.checked(), v.intact(), ms);
        return report;
    }

    /** Records that a backup of the whole vault is being written (by a user allowed to back up). */
    public void recordBackup() throws ApplicationException {
        tx.write(() -> {
            access.require(Permission.VAULT_BACKUP, "Vault", null);
            store.append(access.user().userName(), AuditAction.Export, "Vault", null,
                    new ChangeSet().with("what", "backup"));
            return null;
        });
    }

    /** One page of the global audit viewer, newest first. */
    public Page<AuditRecord> page(AuditQuery query, int pageIndex, int pageSize) throws ApplicationException {
        if (pageIndex < 0 || pageSize < 1 || pageSize > MAX_PAGE) {
            throw new ValidationException(new UserMessage("error.badPage"));
        }
        return tx.read(() -> {
            access.require(Permission.AUDIT_VIEW, TYPE, null);
            Page<AuditEntry> p = store.page(query, pageIndex, pageSize);
            return new Page<>(p.items().stream().map(e -> shown(e, false)).toList(), p.total(), p.pageIndex(),
                    p.pageSize());
        });
    }

    /**
     * Who changed what on one record, and when, oldest first; for a case, with its parties, route steps,
     * notes and approval requests. Values are shown to a reader who may read
     * the record's case; to others (an auditor, a supervisor of another unit) only the handling fields.
     */
    public List<AuditRecord> history(UUID recordId) throws ApplicationException {
        return tx.read(() -> {
            org.shield.domain.security.CaseRelation rel = relations.of(recordId);
            if (!access.can(Permission.RECORD_HISTORY)) {
                access.require(Permission.RECORD_HISTORY, rel, TYPE, recordId);
            }
            boolean values = access.can(Permission.CASE_READ_INVESTIGATION, rel);
            List<UUID> ids = new ArrayList<>();
            ids.add(recordId);
            ids.addAll(relations.partsOf(recordId));
            return store.history(ids).stream().map(e -> shown(e, values)).toList();
        });
    }

    /**
     * Writes the entries matching the query to a file (or to {@code stdout} when {@code out} is null) as
     * CSV or JSON, oldest first, masked like the viewer. The export itself is recorded.
     */
    public long export(AuditQuery query, AuditExporter.Format format, Path out, java.io.OutputStream stdout,
            AuditExporter exporter) throws ApplicationException {
        long[] count = {0};
        // recorded before anything is written, so no export leaves the vault unrecorded
        tx.write(() -> {
            access.require(Permission.AUDIT_VIEW, TYPE, null);
            store.append(access.user().userName(), AuditAction.Export, TYPE, null, new ChangeSet()
                    .with("format", format).with("actorFilter", query.actor())
                    .with("recordFilter", query.recordId()).with("actionFilter", query.action())
                    .with("since", query.since()).with("until", query.until()));
            return null;
        });
        tx.read(() -> {
            StorageException[] failure = {null};
            try (AuditExporter.Sink sink = exporter.open(out, format, stdout)) {
                store.forEach(query, e -> {
                    if (failure[0] != null) {
                        return;
                    }
                    try {
                        sink.write(shown(e, false));
                        count[0]++;
                    } catch (StorageException ex) {
                        failure[0] = ex;
                    }
                });
                if (failure[0] != null) {
                    throw failure[0];
                }
            }
            return null;
        });
        LOG.info("audit trail exported: entries={}", count[0]);
        return count[0];
    }

    /**
     * The entry as users see it: identity values of persons always masked; other values only when
     * {@code values} (the reader may read the case), except the handling fields.
     */
    static AuditRecord shown(AuditEntry e, boolean values) {
        AuditAction action;
        try {
            action = AuditAction.valueOf(e.action());
        } catch (IllegalArgumentException unknown) {
            action = null;
        }
        List<ChangeSet.Change> changes = new ArrayList<>();
        boolean person = "Person".equals(e.recordType());
        for (ChangeSet.Change c : ChangeSet.decode(e.detail()).changes()) {
            if (person && Person.IDENTITY_FIELDS.contains(c.field())
                    || !values && !HANDLING_FIELDS.contains(c.field())) {
                changes.add(new ChangeSet.Change(c.field(), c.oldValue() == null ? null : MASK,
                        c.newValue() == null ? null : MASK));
            } else {
                changes.add(c);
            }
        }
        return new AuditRecord(e.sequence(), e.at(), e.actor(), action, e.recordType(), e.recordId(), changes);
    }
}
