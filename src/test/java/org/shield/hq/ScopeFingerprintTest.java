package org.shield.hq;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.shield.domain.security.CaseRelation;
import org.shield.domain.security.Role;

/** The scope fingerprint HQ carries forward from cursor to cursor (ADR 0019): the same answer as computed afresh. */
class ScopeFingerprintTest {
    private static final CaseRelation UNIT = new CaseRelation(false, true, false);
    private static final CaseRelation TEAM = new CaseRelation(true, true, false);

    private final Random random = new Random(7);

    @Test
    void everyCursorInAnyOrderGivesTheFingerprintComputedAfresh() throws Exception {
        Map<UUID, CaseRelation> relations = new HashMap<>();
        Map<UUID, Long> firstPos = new HashMap<>();
        for (int i = 0; i < 300; i++) {
            UUID c = UUID.randomUUID();
            relations.put(c, random.nextInt(5) == 0 ? TEAM : UNIT);
            firstPos.put(c, (long) random.nextInt(100)); // many cases share a position
        }
        NeedToKnow ntk = new NeedToKnow(Role.Investigator, "ann", "BEN", relations);
        ScopeFingerprint kept = new ScopeFingerprint(ntk, firstPos);
        List<Long> cursors = new ArrayList<>();
        for (long c = -1; c <= 101; c++) {
            cursors.add(c);
            cursors.add(c);
        }
        Collections.shuffle(cursors, random);
        for (long cursor : cursors) {
            assertThat(kept.at(cursor)).as("cursor %d", cursor).isEqualTo(afresh(ntk, relations, firstPos, cursor));
        }
    }

    @Test
    void aCaseThatFirstReachedHqAfterTheCursorChangesNothingAtTheCursor() {
        Map<UUID, CaseRelation> relations = new HashMap<>(Map.of(UUID.randomUUID(), UNIT));
        Map<UUID, Long> firstPos = new HashMap<>(Map.of(relations.keySet().iterator().next(), 10L));
        String before = new ScopeFingerprint(supervisor(relations), firstPos).at(50);
        UUID later = UUID.randomUUID();
        relations.put(later, UNIT);
        firstPos.put(later, 51L);
        ScopeFingerprint after = new ScopeFingerprint(supervisor(relations), firstPos);
        assertThat(after.at(50)).isEqualTo(before);
        assertThat(after.at(51)).isNotEqualTo(before);
    }

    @Test
    void aChangedRelationToACaseAtOrBeforeTheCursorChangesIt() {
        UUID c = UUID.randomUUID();
        Map<UUID, Long> firstPos = Map.of(c, 10L);
        String onTeam = new ScopeFingerprint(new NeedToKnow(Role.Investigator, "ann", "BEN", Map.of(c, TEAM)),
                firstPos).at(10);
        String offTeam = new ScopeFingerprint(new NeedToKnow(Role.Investigator, "ann", "BEN", Map.of(c, UNIT)),
                firstPos).at(10);
        String gone = new ScopeFingerprint(new NeedToKnow(Role.Investigator, "ann", "BEN", Map.of()), firstPos)
                .at(10);
        assertThat(onTeam).isNotEqualTo(offTeam).isNotEqualTo(gone);
    }

    @Test
    void needToKnowScopeIsTheKeptFingerprint() {
        UUID c = UUID.randomUUID();
        NeedToKnow ntk = supervisor(Map.of(c, UNIT));
        assertThat(ntk.scope(5, Map.of(c, 5L))).isEqualTo(new ScopeFingerprint(ntk, Map.of(c, 5L)).at(5));
        assertThat(ntk.scope(4, Map.of(c, 5L))).isNotEqualTo(ntk.scope(5, Map.of(c, 5L)));
    }

    private static NeedToKnow supervisor(Map<UUID, CaseRelation> relations) {
        return new NeedToKnow(Role.Supervisor, "sue", "BEN", relations);
    }

    /** The definition, written out: header, then each covered case with a deciding permission in (position, id). */
    private static String afresh(NeedToKnow ntk, Map<UUID, CaseRelation> relations, Map<UUID, Long> firstPos,
            long cursor) throws Exception {
        List<UUID> covered = new ArrayList<>();
        for (UUID c : relations.keySet()) {
            if (firstPos.get(c) <= cursor && ntk.decidingBits(c) != null) {
                covered.add(c);
            }
        }
        covered.sort((a, b) -> firstPos.get(a).equals(firstPos.get(b)) ? a.compareTo(b)
                : Long.compare(firstPos.get(a), firstPos.get(b)));
        StringBuilder text = new StringBuilder(ntk.scopeHeader());
        for (UUID c : covered) {
            text.append(c).append(':').append(ntk.decidingBits(c)).append(';');
        }
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    }
}
