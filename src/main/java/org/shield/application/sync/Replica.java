package org.shield.application.sync;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Port: this vault as a replica of what HQ holds for its user (ADR 0019). Records from HQ are applied without being
 * captured in the outbox. Call inside a write transaction unless said otherwise.
 */
public interface Replica {
    /** Where the vault's pull stands: HQ's feed position applied up to, HQ's scope fingerprint, the sync epoch. */
    record PullState(long cursor, String scope, UUID epoch) {
    }

    /**
     * What a page did: records applied, kept back until what they point at arrives, left for after a push; and the
     * evidence that arrived new (not here before), which this vault's trail must hold as it arrived.
     */
    record Applied(int applied, int parked, int waiting, Arrived arrived) {
    }

    /** Exhibits inserted from HQ, and custody steps inserted from HQ with their exhibit. */
    record Arrived(Set<UUID> exhibits, Map<UUID, UUID> steps, java.util.List<Renumbered> renumbered) {
        public Arrived {
            exhibits = Set.copyOf(exhibits);
            steps = Map.copyOf(steps);
            renumbered = java.util.List.copyOf(renumbered);
        }

        public Arrived(Set<UUID> exhibits, Map<UUID, UUID> steps) {
            this(exhibits, steps, java.util.List.of());
        }

        public boolean isEmpty() {
            return exhibits.isEmpty() && steps.isEmpty() && renumbered.isEmpty();
        }
    }

    PullState pullState();

    /**
     * Applies a page of HQ's feed and moves the cursor to {@code cursor} and the scope to {@code scope} (HQ's
     * fingerprint for that cursor), together. A record this vault changed and
     * has not sent yet is left alone: HQ will have merged it after the next push and send it again. A record that
     * points at one not here yet, or carries a number taken here, is kept in the vault's inbox.
     */
    Applied apply(List<FeedRecord> records, long cursor, String scope, Instant at);

    /** Tries the kept-back records again, parents first; {@code applied}: how many now fit. */
    Applied retryKept();

    /** How many records are kept back. */
    long kept();

    /**
     * A record from HQ kept back: its table and key, and why ({@code reference}: a record it points at is not here
     * yet; {@code duplicate}: a number it carries is taken here by another record; {@code incomplete}: a value it
     * needs is missing). {@code number}: the number it carries if it is a numbered record (an exhibit's or a case's
     * number), else null: what a person needs to find the record it collides with.
     */
    record Held(String table, String rowKey, String reason, String number) {
    }

    /** The records kept back, at most {@code limit}, in table and key order. */
    List<Held> keptBack(int limit);

    /**
     * What the user may see changed: removes the cases not in {@code visibleCases} with everything in them, the
     * details of protected persons, and the persons left without a case here that the user may not otherwise hold;
     * then starts the pull over from the beginning under {@code scope}. A case HQ does not hold yet (made here, not
     * sent) stays: HQ cannot list it, and names it later if the user may not see it ({@link #withdraw}); one whose
     * exhibit content HQ does not hold yet is only marked as leaving ({@link #leave}). Returns the cases removed.
     */
    int restart(String scope, List<UUID> visibleCases, boolean holdsPersonsAnywhere);

    /**
     * Removes the cases of {@code cases} held here, which HQ says this vault sent and its user may no longer see
     * ({@link FeedPage#withdrawnCases()}), with everything in them and the persons they alone brought that the user
     * may not otherwise hold; a case of which something has not reached HQ yet is only marked as leaving. Returns the
     * cases removed.
     */
    int withdraw(List<UUID> cases, boolean holdsPersonsAnywhere);

    /**
     * Removes the cases marked as leaving of which everything has now reached HQ, as {@link #withdraw} does. A sync
     * calls it once it has pushed and sent exhibit content. Returns the cases removed.
     */
    int leave(boolean holdsPersonsAnywhere);

    /**
     * The evidence blobs of exhibits whose cases left this vault (in transactions that have committed), for the sync
     * to delete from the evidence store and then pass to {@link #blobsDiscarded}.
     */
    List<String> releasedBlobs();

    /** The evidence store no longer holds these blobs. */
    void blobsDiscarded(List<String> blobIds);

    /**
     * Moves the feed cursor back to {@code cursor}, with the scope HQ gave for it, if it is past it, so that the next
     * pull reads again what a pull before the push passed over while this vault still had unsent changes to it (ADR
     * 0019, "Pull, push, pull").
     */
    void rewind(long cursor, String scope);

    /** Keeps the epoch agreed with HQ at the end of a completed sync. */
    void epoch(UUID epoch);

    /**
     * This vault was restored or copied: numbers its unsent changes after {@code storedUpTo} (HQ skips those it
     * already has by their ids), pulls everything again, and draws a new device tag for the numbers it gives from
     * now on (ADR 0002, "Restored copies").
     */
    void startOver(long storedUpTo);

    /** Open conflicts on records held here. */
    long openConflicts();

    /** The fields of the record {@code id} of {@code table} that are in an open conflict at HQ, by name. */
    List<String> conflictedFields(String table, UUID id);

    /**
     * The fields of one victim's care records in one case that are in an open conflict at HQ, by table (in
     * {@link #VICTIM_CARE} order) and column, each once.
     */
    List<FieldInConflict> conflictedCareFields(UUID caseId, UUID personId);

    /** The tables of a victim's care record in a case, each with its {@code case_id} and {@code person_id}. */
    List<String> VICTIM_CARE = List.of("screening", "mdt_decision", "shelter_stay", "care_consent", "care_task",
            "care_assessment", "care_plan", "care_service_delivery", "care_note", "legal_support", "court_hearing",
            "compensation_claim", "repatriation", "return_follow_up");
}
