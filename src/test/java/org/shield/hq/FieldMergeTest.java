package org.shield.hq;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** HQ's field merge rule on records in memory (ADR 0019). Values are JSON text, as HQ keeps them. */
class FieldMergeTest {
    private static final Instant T = Instant.parse("2026-12-03T04:00:00Z");
    private final UUID deviceA = UUID.randomUUID();
    private final UUID deviceB = UUID.randomUUID();
    private long pos = 1;

    private MergeRecord.Value by(UUID device) {
        return new MergeRecord.Value(null, device, device == deviceA ? "inv.a" : "inv.b", "0000000000001-00000",
                UUID.randomUUID(), T);
    }

    private static FieldMerge.Parsed change(String op, String... colOldNew) {
        Map<String, String[]> cols = new LinkedHashMap<>();
        for (int i = 0; i < colOldNew.length; i += 3) {
            cols.put(colOldNew[i], new String[] {colOldNew[i + 1], colOldNew[i + 2]});
        }
        return new FieldMerge.Parsed(op, cols);
    }

    private int apply(MergeRecord r, UUID device, FieldMerge.Parsed c) {
        return FieldMerge.apply(r, c, by(device), pos++, T, UUID::randomUUID);
    }

    private MergeRecord inserted() {
        MergeRecord r = new MergeRecord("case_file", "{\"id\":\"c1\"}");
        apply(r, deviceA, change("INSERT", "title", null, "\"DEMO title\"", "status", null, "\"Open\""));
        return r;
    }

    @Test
    void aNewRecordTakesEveryValueItArrivesWith() {
        MergeRecord r = inserted();

        assertThat(r.known()).isTrue();
        assertThat(r.createdBy()).isEqualTo(deviceA);
        assertThat(r.fields().get("title").val()).isEqualTo("\"DEMO title\"");
        assertThat(r.dirtyFields()).containsExactlyInAnyOrder("title", "status");
        assertThat(r.history()).isEmpty();
    }

    @Test
    void editsToDifferentFieldsBothSurvive() {
        MergeRecord r = inserted();

        assertThat(apply(r, deviceA, change("UPDATE", "title", "\"DEMO title\"", "\"DEMO title A\""))).isZero();
        assertThat(apply(r, deviceB, change("UPDATE", "status", "\"Open\"", "\"Closed\""))).isZero();

        assertThat(r.fields().get("title").val()).isEqualTo("\"DEMO title A\"");
        assertThat(r.fields().get("status").val()).isEqualTo("\"Closed\"");
        assertThat(r.fields().get("status").device()).isEqualTo(deviceB);
        assertThat(r.openConflicts()).isZero();
        assertThat(r.history()).extracting(h -> h.old().val()).containsExactly("\"DEMO title\"", "\"Open\"");
    }

    @Test
    void theSameFieldChangedOnTwoDevicesSinceTheyAgreedIsOneConflictHoldingBothValues() {
        MergeRecord r = inserted();
        apply(r, deviceA, change("UPDATE", "title", "\"DEMO title\"", "\"DEMO title A\""));

        int opened = apply(r, deviceB, change("UPDATE", "title", "\"DEMO title\"", "\"DEMO title B\""));

        assertThat(opened).isEqualTo(1);
        MergeRecord.Conflict c = r.conflicts().get("title");
        assertThat(c.values).containsOnlyKeys(deviceA, deviceB);
        assertThat(c.values.get(deviceA).val()).isEqualTo("\"DEMO title A\"");
        assertThat(c.values.get(deviceB).val()).isEqualTo("\"DEMO title B\"");
        assertThat(c.values.get(deviceB).user()).isEqualTo("inv.b");
        assertThat(r.fields().get("title").val()).as("the current value stays until someone resolves")
                .isEqualTo("\"DEMO title A\"");
    }

    @Test
    void aLaterValueForAFieldInConflictReplacesThatDevicesOwnCompetingValue() {
        MergeRecord r = inserted();
        apply(r, deviceA, change("UPDATE", "title", "\"DEMO title\"", "\"DEMO title A\""));
        apply(r, deviceB, change("UPDATE", "title", "\"DEMO title\"", "\"DEMO title B\""));

        assertThat(apply(r, deviceB, change("UPDATE", "title", "\"DEMO title B\"", "\"DEMO title B2\""))).isZero();

        assertThat(r.openConflicts()).isEqualTo(1);
        assertThat(r.conflicts().get("title").values.get(deviceB).val()).isEqualTo("\"DEMO title B2\"");
        assertThat(r.conflicts().get("title").values).hasSize(2);
        assertThat(r.history()).extracting(h -> h.old().val()).as("the value it replaced is kept")
                .contains("\"DEMO title B\"");
    }

    @Test
    void theSameNewValueOnTwoDevicesIsNoConflict() {
        MergeRecord r = inserted();
        apply(r, deviceA, change("UPDATE", "status", "\"Open\"", "\"Closed\""));

        assertThat(apply(r, deviceB, change("UPDATE", "status", "\"Open\"", "\"Closed\""))).isZero();

        assertThat(r.openConflicts()).isZero();
        assertThat(r.fields().get("status").device()).as("the first to arrive keeps the authorship")
                .isEqualTo(deviceA);
    }

    @Test
    void clearingAFieldThatAnotherDeviceChangedIsAConflictToo() {
        MergeRecord r = inserted();
        apply(r, deviceA, change("UPDATE", "title", "\"DEMO title\"", null));

        assertThat(apply(r, deviceB, change("UPDATE", "title", "\"DEMO title\"", "\"DEMO title B\""))).isEqualTo(1);
        assertThat(r.conflicts().get("title").values.get(deviceA).val()).isNull();
    }

    @Test
    void aDeleteKeepsTheLastValuesAsATombstoneAndAReinsertStartsAfresh() {
        MergeRecord r = new MergeRecord("case_tag", "{\"case_id\":\"c1\",\"tag\":\"demo\"}");
        apply(r, deviceA, change("INSERT", "case_id", null, "\"c1\"", "tag", null, "\"demo\""));
        apply(r, deviceB, change("DELETE", "case_id", "\"c1\"", null, "tag", "\"demo\"", null));

        assertThat(r.deleted()).isTrue();
        assertThat(r.fields().get("tag").val()).isEqualTo("\"demo\"");

        assertThat(apply(r, deviceA, change("INSERT", "case_id", null, "\"c1\"", "tag", null, "\"demo\"")))
                .isZero();
        assertThat(r.deleted()).isFalse();
    }

    @Test
    void aRecordHqNeverSawTakesAnUpdateWhateverTheOldValuesWere() {
        MergeRecord r = new MergeRecord("person", "{\"id\":\"p1\"}");

        assertThat(apply(r, deviceA, change("UPDATE", "pseudonym", "\"DEMO-OLD\"", "\"DEMO-NEW\""))).isZero();

        assertThat(r.fields().get("pseudonym").val()).isEqualTo("\"DEMO-NEW\"");
    }

    @Test
    void everyPositionAndTimeIsTheLastChanges() {
        MergeRecord r = inserted();
        apply(r, deviceB, change("UPDATE", "status", "\"Open\"", "\"Closed\""));

        assertThat(r.pos()).isEqualTo(2);
        assertThat(r.dirty()).isTrue();
    }

    @Test
    void whoTouchedARecordLastNeverConflictsAndTheVersionCounterStaysOnEachLaptop() {
        MergeRecord r = inserted();
        apply(r, deviceA, change("UPDATE", "title", "\"DEMO title\"", "\"DEMO A\"", "updated_by", "\"inv.a\"",
                "\"inv.a\"", "updated_at", "\"t1\"", "\"t2\"", "version", "1", "2"));

        assertThat(apply(r, deviceB, change("UPDATE", "status", "\"Open\"", "\"Closed\"", "updated_by",
                "\"inv.a\"", "\"inv.b\"", "updated_at", "\"t1\"", "\"t3\"", "version", "1", "2"))).isZero();

        assertThat(r.fields().get("updated_by").val()).isEqualTo("\"inv.b\"");
        assertThat(r.fields().get("updated_at").val()).isEqualTo("\"t3\"");
        assertThat(r.fields()).doesNotContainKey("version");
        assertThat(r.history()).extracting(MergeRecord.History::col).contains("updated_at");
    }
}
