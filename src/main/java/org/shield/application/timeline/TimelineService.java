package org.shield.application.timeline;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.shield.application.approval.ApprovalService;
import org.shield.application.approval.ApprovalSummary;
import org.shield.application.casefile.CaseDetails;
import org.shield.application.casefile.CaseService;
import org.shield.application.casefile.EventDetails;
import org.shield.application.casefile.NoteDetails;
import org.shield.application.common.ApplicationException;
import org.shield.application.evidence.CustodyEventDetails;
import org.shield.application.evidence.EvidenceService;
import org.shield.application.evidence.ExhibitDetails;
import org.shield.application.interview.InterviewService;
import org.shield.application.interview.InterviewSummary;
import org.shield.domain.security.Permission;

/**
 * One chronological view of a case: route steps, interviews, exhibits and their custody steps, notes and
 * approvals, each included only when the user may read that kind of record in this case (a caseworker's
 * timeline has no route, notes or exhibits). Undated items come last. Blocking; call from a worker thread.
 */
public final class TimelineService {
    private final CaseService cases;
    private final InterviewService interviews;
    private final EvidenceService evidence;
    private final ApprovalService approvals;
    private final ZoneId zone;

    public TimelineService(CaseService cases, InterviewService interviews, EvidenceService evidence,
            ApprovalService approvals, Clock clock) {
        this.cases = cases;
        this.interviews = interviews;
        this.evidence = evidence;
        this.approvals = approvals;
        this.zone = clock.getZone();
    }

    public List<TimelineItem> of(UUID caseId) throws ApplicationException {
        CaseDetails c = cases.get(caseId);
        List<TimelineItem> items = new ArrayList<>();
        if (c.allowed().contains(Permission.CASE_READ_INVESTIGATION)) {
            for (EventDetails e : cases.events(caseId)) {
                items.add(new TimelineItem(TimelineKind.Route, day(e.date()), true, e.type().name(), e.place(), null,
                        e.id(), e.id()));
            }
            for (NoteDetails n : cases.notes(caseId)) {
                items.add(new TimelineItem(TimelineKind.Note, n.createdAt(), false,
                        n.correctsNoteId() == null ? "Note" : "Correction", null, n.createdBy(), n.id(), n.id()));
            }
            for (ApprovalSummary a : approvals.ofCase(caseId)) {
                items.add(new TimelineItem(TimelineKind.Approval, a.requestedAt(), false, a.kind().name(),
                        a.subjectLabel(), a.requestedBy(), a.id(), a.id()));
            }
        }
        if (c.allowed().contains(Permission.INTERVIEW_VIEW)) {
            for (InterviewSummary i : interviews.list(caseId)) {
                boolean dated = i.date() != null;
                Instant at = !dated ? null : i.start() == null ? day(i.date()) : i.date().atTime(i.start()).atZone(zone)
                        .toInstant();
                items.add(new TimelineItem(TimelineKind.Interview, at, i.start() == null, i.kind().name(),
                        i.personLabel(), i.interviewers(), i.id(), i.id()));
            }
        }
        if (c.allowed().contains(Permission.EVIDENCE_VIEW)) {
            for (ExhibitDetails x : evidence.list(caseId)) {
                Instant at = x.acquisition().collectedAt() != null ? x.acquisition().collectedAt() : x.createdAt();
                items.add(new TimelineItem(TimelineKind.Exhibit, at, false, x.type().name(), x.exhibitNumber(),
                        x.createdBy(), x.id(), x.id()));
            }
            for (CustodyEventDetails ev : evidence.custodyOfCase(caseId)) {
                items.add(new TimelineItem(TimelineKind.Custody, ev.occurredAt(), false, ev.action().name(),
                        ev.exhibitNumber(), ev.recordedBy(), ev.id(), ev.exhibitId()));
            }
        }
        items.sort(Comparator.comparing(TimelineItem::at, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(i -> i.kind().ordinal()));
        return items;
    }

    private Instant day(LocalDate d) {
        return d == null ? null : d.atTime(LocalTime.MIN).atZone(zone).toInstant();
    }
}
