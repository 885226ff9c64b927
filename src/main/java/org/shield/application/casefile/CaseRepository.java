package org.shield.application.casefile;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shield.application.common.Page;
import org.shield.domain.casefile.CaseFile;
import org.shield.domain.casefile.CaseNote;
import org.shield.domain.casefile.CaseParty;
import org.shield.domain.casefile.TraffickingEvent;

/**
 * Port: where cases and their parts are kept. Called inside a {@code TransactionRunner} transaction.
 * Deleted (tombstoned) records are never returned by the finders.
 */
public interface CaseRepository {
    void add(CaseFile caseFile);

    Optional<CaseFile> find(UUID id);

    Optional<CaseFile> findByNumber(String caseNumber);

    /** One page of case summaries matching the query within the user's scope, with the total count. */
    default Page<CaseSummary> page(CaseQuery query, CaseScope scope, int pageIndex, int pageSize) {
        return new Page<>(rows(query, scope, pageIndex, pageSize), count(query, scope), pageIndex, pageSize);
    }

    /** One page of case summaries matching the query within the user's scope, without the total. */
    List<CaseSummary> rows(CaseQuery query, CaseScope scope, int pageIndex, int pageSize);

    /** How many live cases match the query within the user's scope (0 for a user with no scope). */
    long count(CaseQuery query, CaseScope scope);

    /** Every live case matching the query in the query's order (for exports); mind the size. */
    List<CaseSummary> all(CaseQuery query, CaseScope scope);

    /** True if a live victim or witness of the case is referred to this caseworker. */
    boolean hasReferral(UUID caseId, String caseworker);

    Optional<CaseParty> findParty(UUID partyId);

    /** Every live party row of this person, in any case. */
    List<PartyLink> links(UUID personId);

    /** Ids of every party, route step and note of a case, deleted ones included (for its history). */
    List<UUID> partIds(UUID caseId);

    /** The case a party, route step or note belongs to. */
    Optional<UUID> caseOf(UUID recordId);

    /** Next value of a gap-free counter for case numbers with this prefix, allocated in the current transaction. */
    long nextSequence(String prefix);

    void add(CaseParty party);

    List<PartySummary> parties(UUID caseId);

    void add(TraffickingEvent event);

    List<TraffickingEvent> events(UUID caseId);

    void add(CaseNote note);

    Optional<CaseNote> findNote(UUID noteId);

    List<CaseNote> notes(UUID caseId);

    long count();
}
