package org.shield.application.common;

import java.util.List;

/** One page of a list read from the database, with the total count that matches the filter. */
public record Page<T>(List<T> items, long total, int pageIndex, int pageSize) {
    public Page {
        items = List.copyOf(items);
    }

    public int pageCount() {
        return pageCount(total, pageSize);
    }

    /** How many pages of {@code pageSize} hold {@code total} items: at least one, the empty page. */
    public static int pageCount(long total, int pageSize) {
        return total == 0 ? 1 : (int) ((total + pageSize - 1) / pageSize);
    }
}
