package org.shield.ui.common;

/**
 * One field where the stored version of a record differs from the user's unsaved edit, shown side by
 * side after a conflict. Values are raw (text, enum, date, collection); the view formats them.
 */
public record Difference(String labelKey, Object stored, Object mine) {
    @Override
    public String toString() {
        return "Difference[" + labelKey + "]";
    }
}
