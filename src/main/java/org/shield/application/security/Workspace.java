package org.shield.application.security;

import java.nio.file.Path;
import org.shield.application.access.AccessControl;
import org.shield.application.casefile.CaseService;
import org.shield.application.common.ApplicationException;
import org.shield.application.common.CurrentUser;
import org.shield.application.common.ProgressListener;
import org.shield.application.party.OrganisationService;
import org.shield.application.party.PersonService;

/**
 * An unlocked vault: the signed-in user and the services that work on its data. Closing it closes the
 * database and forgets the data key. Services are blocking; call them from a worker thread.
 */
public interface Workspace extends AutoCloseable {
    CurrentUser user();

    Path directory();

    CaseService cases();

    PersonService persons();

    OrganisationService organisations();

    /** The signed-in user's rights, for showing or hiding actions (services check them again). */
    AccessControl access();

    UserService users();

    org.shield.application.approval.ApprovalService approvals();

    AuditService audit();

    org.shield.application.interview.InterviewService interviews();

    org.shield.application.evidence.EvidenceService evidence();

    org.shield.application.timeline.TimelineService timeline();

    org.shield.application.screening.ScreeningService screening();

    org.shield.application.care.CareService care();

    org.shield.application.victim.VictimService victims();

    /** Legal support of victims: willingness to testify, counsel, hearings, claims. */
    org.shield.application.repatriation.LegalSupportService legal();

    /** Returns home: plan, handover, follow-ups. */
    org.shield.application.repatriation.RepatriationService repatriation();

    /** Assessments, care plans and the services delivered under them. */
    org.shield.application.care.CarePlanService carePlans();

    /** Counselling and medical notes (caseworkers only). */
    org.shield.application.care.CareNoteService careNotes();

    /** Court-ready PDF reports and their verification. */
    org.shield.application.report.ReportService reports();

    /** This laptop and HQ: enrolment and sync (issue 7). */
    org.shield.application.sync.SyncService sync();

    /**
     * Records the sign-in in the audit trail, with the failed unlocks since the last one (a failed
     * unlock cannot write: it has no key).
     */
    void recordSignIn(UnlockFailures failuresBefore) throws ApplicationException;

    /** Reads every row of every table and checks the schema; a damaged store fails with a StorageException. */
    VerifyReport verify(ProgressListener progress) throws ApplicationException;

    /**
     * This vault was just restored from a backup: it draws a new device tag, so that the numbers it gives from now
     * on never repeat those its original gave after the backup was taken (ADR 0002, "Restored copies").
     */
    void restoredCopy() throws ApplicationException;

    /** Writes a consistent copy of the (still encrypted) database files as a zip to {@code zip}. */
    void snapshot(Path zip) throws ApplicationException;

    /** The data key, for wrapping it for a new user or a backup. */
    DataKey dataKey();

    /** Records the lock in the audit trail, then closes the database and forgets the key. */
    @Override
    void close();
}
