package org.shield.ui.shell;

/** The main window's navigation targets. */
public enum Section {
    CASES,
    PERSONS,
    ORGANISATIONS,
    SETTINGS
}
