package org.shield.ui.shell;

/** The main window's navigation targets, in the order of the sidebar. Which ones a user sees: {@link MainViewModel}. */
public enum Section {
    CASES,
    VICTIMS,
    PERSONS,
    ORGANISATIONS,
    APPROVALS,
    USERS,
    AUDIT,
    EVIDENCE,
    SYNC,
    SETTINGS
}
