package org.shield.application.sync;

/** A field of a record held here that is in an open conflict at HQ: its table and column, never its values. */
public record FieldInConflict(String table, String column) {
}
