package org.shield.ui.sync;

import java.util.List;
import java.util.stream.Collectors;
import org.shield.ui.common.Labelled;
import org.shield.ui.common.Messages;

/**
 * The fields of one record in an open conflict at HQ, as a message argument: named as the record's editor names
 * them ({@link SyncTexts#field}), in the user's language.
 */
public record ConflictedFields(String table, List<String> columns) implements Labelled {
    public ConflictedFields {
        columns = List.copyOf(columns);
    }

    @Override
    public String label(Messages m) {
        return columns.stream().map(c -> SyncTexts.field(table, c, m)).collect(Collectors.joining(", "));
    }
}
