package org.shield.ui.sync;

import java.util.List;
import java.util.stream.Collectors;
import org.shield.ui.common.Labelled;
import org.shield.ui.common.Messages;

/**
 * Kinds of record in an open conflict at HQ (tables), as a message argument: named in the user's language
 * ({@link SyncTexts#table}). The Sync page shows their fields and values.
 */
public record ConflictedRecords(List<String> tables) implements Labelled {
    public ConflictedRecords {
        tables = List.copyOf(tables);
    }

    @Override
    public String label(Messages m) {
        return tables.stream().map(t -> SyncTexts.table(t, m)).collect(Collectors.joining(", "));
    }
}
