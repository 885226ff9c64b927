package org.shield.application.timeline;

/** The kinds of item the case timeline merges; the view filters by them. */
public enum TimelineKind {
    Route,
    Interview,
    Exhibit,
    Custody,
    Note,
    Approval;
}
