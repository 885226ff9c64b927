package org.shield.application.common;

import java.util.List;

/** One page of a list read from the database, with the total count that matches the filter. */
public record Page<T>(List<T> items, long total, int pageIndex, int pageSize) {
    public Page {
        items = List.copyOf(items);
    }

    public int pageCount() {
        return total == 0 ? 1 : (int) ((total + pageSize - 1) / pageSize);
    }
}
