package org.shield.ui.sync;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.shield.application.sync.FieldInConflict;
import org.shield.ui.common.Labelled;
import org.shield.ui.common.Messages;

/**
 * Fields of several kinds of record in an open conflict at HQ, as a message argument: each kind of record named in
 * the user's language ({@link SyncTexts#table}) with its fields in brackets, as their editors name them
 * ({@link SyncTexts#field}): "Shelter stay (Date left)". The Sync page shows their values.
 */
public record ConflictedRecords(List<FieldInConflict> fields) implements Labelled {
    public ConflictedRecords {
        fields = List.copyOf(fields);
    }

    @Override
    public String label(Messages m) {
        Map<String, List<String>> byTable = new LinkedHashMap<>();
        for (FieldInConflict f : fields) {
            byTable.computeIfAbsent(f.table(), t -> new ArrayList<>()).add(SyncTexts.field(f.table(), f.column(), m));
        }
        return byTable.entrySet().stream()
                .map(e -> SyncTexts.table(e.getKey(), m) + " (" + String.join(", ", e.getValue()) + ")")
                .collect(Collectors.joining("; "));
    }
}
