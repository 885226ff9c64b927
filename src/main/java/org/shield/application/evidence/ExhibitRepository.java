package org.shield.application.evidence;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shield.domain.evidence.CustodyEvent;
import org.shield.domain.evidence.Exhibit;

/** Exhibits and their custody events. Call inside a transaction of {@code TransactionRunner}. */
public interface ExhibitRepository {
    void add(Exhibit exhibit);

    void add(CustodyEvent event);

    /** A live exhibit. */
    Optional<Exhibit> find(UUID id);

    /** The live exhibits with these ids, in one query, in no particular order (missing ones are left out). */
    List<Exhibit> findAll(Collection<UUID> ids);

    Optional<Exhibit> findByNumber(UUID caseId, String exhibitNumber);

    /** Whether an exhibit of the case carried this number before a relabel (case-insensitive). */
    boolean numberRelabelledAway(UUID caseId, String exhibitNumber);

    /** The live exhibits of a case in exhibit-number order. */
    List<Exhibit> ofCase(UUID caseId);

    /** Ids of every live exhibit, oldest first (what "verify all" walks). */
    List<UUID> allIds();

    /** The chain of an exhibit in order. */
    List<CustodyEvent> custody(UUID exhibitId);

    /** The chains of these exhibits, each in order, in one query (a verification run reads them in batches). */
    List<CustodyEvent> custodyOf(Collection<UUID> exhibitIds);

    /** Every custody event of a case's exhibits, oldest first. */
    List<CustodyEvent> custodyOfCase(UUID caseId);

    Optional<CustodyEvent> lastEvent(UUID exhibitId);

    /** Exhibits flagged {@code Mismatch} in cases of these units (null: of every unit). */
    List<Exhibit> mismatches(Collection<String> unitCodes);

    /** The case an exhibit or custody event belongs to. */
    Optional<UUID> caseOf(UUID recordId);

    /** Ids of the exhibits and custody events of a case (for its record history). */
    List<UUID> partIds(UUID caseId);

    /**
     * Records where this vault's evidence store keeps the content of an exhibit that arrived from HQ without it;
     * false if the exhibit has content here already. Not a change that syncs: where content is kept is each vault's
     * own.
     */
    boolean attachContent(UUID exhibitId, String blobId, byte[] wrappedKey);
}
