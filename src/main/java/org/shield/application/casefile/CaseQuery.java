package org.shield.application.casefile;

import java.time.LocalDate;
import java.util.Set;
import org.shield.domain.casefile.CaseStatus;
import org.shield.domain.casefile.ExploitationType;

/**
 * Filter and order for the case list. Nulls and empty sets mean "any". {@code text} matches the case
 * number or title, ignoring case.
 */
public record CaseQuery(String text, Set<CaseStatus> statuses, ExploitationType type, String unitCode,
        LocalDate openedFrom, LocalDate openedTo, CaseSort sort, boolean ascending) {

    public CaseQuery {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        sort = sort == null ? CaseSort.OPENED_ON : sort;
    }

    /** Every live case, newest first. */
    public static CaseQuery all() {
        return new CaseQuery(null, Set.of(), null, null, null, null, CaseSort.OPENED_ON, false);
    }

    public CaseQuery withText(String t) {
        return new CaseQuery(t, statuses, type, unitCode, openedFrom, openedTo, sort, ascending);
    }

    public CaseQuery sortedBy(CaseSort s, boolean asc) {
        return new CaseQuery(text, statuses, type, unitCode, openedFrom, openedTo, s, asc);
    }

    /** Columns the case list can be ordered by. */
    public enum CaseSort { CASE_NUMBER, TITLE, STATUS, UNIT, OPENED_ON, UPDATED_AT }

    /** Never the content: these fields can name people. */
    @Override
    public String toString() {
        return "CaseQuery[" + sort + (ascending ? " asc" : " desc") + "]";
    }
}
