package org.shield.infra.persistence;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.shield.application.audit.AuditQuery;
import org.shield.application.audit.AuditStore;
import org.shield.application.casefile.CaseService;
import org.shield.application.common.CurrentUser;
import org.shield.application.common.Page;
import org.shield.application.party.PersonService;
import org.shield.application.access.AccessControl;
import org.shield.domain.audit.AuditAction;
import org.shield.domain.audit.AuditEntry;
import org.shield.domain.audit.AuditVerifier;
import org.shield.domain.audit.ChangeSet;

/** The case and person services over a bench database, built as the workspace builds them. */
record BenchServices(CaseService cases, PersonService persons) {

    /** With the real audit trail (JdbcAuditStore). */
    static BenchServices audited(VaultDatabase db, String user) throws Exception {
        return of(db, user, db.auditStore(Clock.systemUTC()));
    }

    static BenchServices of(VaultDatabase db, String userName, AuditStore audit) throws Exception {
        CurrentUser user = db.user(userName);
        AccessControl access = new AccessControl(user, audit);
        CaseService[] casesRef = new CaseService[1];
        PersonService persons = new PersonService(db.transactions(), db.personRepository(), access, audit,
                personId -> casesRef[0].relationToPerson(personId), Clock.systemUTC());
        CaseService cases = new CaseService(db.transactions(), db.caseRepository(), persons, db.personRepository(),
                db.userRepository(), access, audit, db::deviceTag, Clock.systemUTC());
        casesRef[0] = cases;
        return new BenchServices(cases, persons);
    }

    /** Bench only: an audit store that records nothing, to measure what the trail costs a write. */
    static final class NoAudit implements AuditStore {
        @Override
        public void append(String actor, AuditAction action, String recordType, UUID recordId, ChangeSet detail) {
            // deliberately nothing
        }

        @Override
        public void appendRegardless(String actor, AuditAction action, String recordType, UUID recordId,
                ChangeSet detail) {
            // deliberately nothing
        }

        @Override
        public Page<AuditEntry> page(AuditQuery query, int pageIndex, int pageSize) {
            return new Page<>(List.of(), 0, pageIndex, pageSize);
        }

        @Override
        public void forEach(AuditQuery query, Consumer<AuditEntry> sink) {
            // empty
        }

        @Override
        public List<AuditEntry> history(java.util.Collection<UUID> recordIds) {
            return List.of();
        }

        @Override
        public AuditVerifier.Source source() {
            throw new UnsupportedOperationException();
        }

        @Override
        public AuditVerifier.Head head() {
            return null;
        }

        @Override
        public java.security.PublicKey publicKey() {
            throw new UnsupportedOperationException();
        }
    }
}
