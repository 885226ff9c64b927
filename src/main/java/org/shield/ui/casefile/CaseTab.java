package org.shield.ui.casefile;

/**
 * The tabs of an open case, by the {@code fx:id} of their tab, so a view model can ask for one to be shown
 * (opening a timeline item, an interview from Approvals). A tab the case view does not have is ignored.
 */
public enum CaseTab {
    OVERVIEW("overviewTab"),
    PARTIES("partiesTab"),
    ROUTE("routeTab"),
    TIMELINE("timelineTab"),
    INTERVIEWS("interviewsTab"),
    NOTES("notesTab"),
    EVIDENCE("evidenceTab");

    private final String tabId;

    CaseTab(String tabId) {
        this.tabId = tabId;
    }

    /** The {@code fx:id} of the tab in the case view. */
    public String tabId() {
        return tabId;
    }
}
