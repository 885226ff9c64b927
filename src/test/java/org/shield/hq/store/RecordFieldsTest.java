package org.shield.hq.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.shield.hq.MergeRecord;
import org.shield.testing.HqSeals;

class RecordFieldsTest {
    private static final String KEY = "{\"id\":\"" + UUID.randomUUID() + "\"}";
    private final MergeRecord.Value byA = new MergeRecord.Value(null, UUID.randomUUID(), "demo.a", "0000000000000001-00000",
            UUID.randomUUID(), Instant.parse("2026-12-04T10:15:30.123456Z"));
    private final MergeRecord.Value byB = new MergeRecord.Value(null, UUID.randomUUID(), "demo.b", "0000000000000002-00003",
            UUID.randomUUID(), Instant.parse("2026-12-04T11:00:00Z"));

    @Test
    void everyFieldComesBackWithItsAuthorAndANullValueStaysDistinctFromAFieldNeverSet() throws Exception {
        Map<String, MergeRecord.Value> fields = new LinkedHashMap<>();
        fields.put("title", byA.with("\"DEMO title with \\\"quotes\\\" and ทดสอบ\""));
        fields.put("summary", byA.with(null));
        fields.put("opened_on", byB.with("\"2026-12-01\""));
        fields.put("count", byB.with("12"));
        String text = RecordFields.encode(fields);

        Map<String, MergeRecord.Value> back = RecordFields.decode(text);

        assertThat(back).isEqualTo(fields).doesNotContainKey("closed_on");
        assertThat(back.keySet()).as("in column order").containsExactly("count", "opened_on", "summary", "title");
        Map<String, String> values = new LinkedHashMap<>();
        fields.forEach((col, v) -> values.put(col, v.val()));
        assertThat(RecordFields.decodeValues(text)).as("the values alone").isEqualTo(values);
        assertThat(RecordFields.decodeValues(text).keySet()).containsExactly("count", "opened_on", "summary", "title");
        assertThat(text).as("each author written once").containsOnlyOnce("demo.a").containsOnlyOnce("demo.b");
    }

    @Test
    void noFieldsIsNothingToSeal() throws Exception {
        assertThat(RecordFields.encode(Map.of())).isNull();
        assertThat(RecordFields.decode(null)).isEmpty();
        assertThat(RecordFields.seal(HqSeals.fresh(), "case_file", KEY, Map.of())).isNull();
    }

    @Test
    void sealedFieldsOpenOnlyForTheirOwnRecordAndDamageIsNamedWithoutValues() throws Exception {
        ValueSeal seal = HqSeals.fresh();
        Map<String, MergeRecord.Value> fields = Map.of("title", byA.with("\"DEMO-MARK-9f\""));
        String sealed = RecordFields.seal(seal, "case_file", KEY, fields);

        assertThat(sealed).startsWith("~1").doesNotContain("DEMO-MARK-9f");
        assertThat(RecordFields.open(seal, "case_file", KEY, sealed)).isEqualTo(fields);
        assertThat(RecordFields.values(seal, "case_file", KEY, sealed)).containsExactly(Map.entry("title",
                "\"DEMO-MARK-9f\""));
        assertThatThrownBy(() -> RecordFields.open(seal, "case_file", "{\"id\":\"other\"}", sealed))
                .isInstanceOf(SealException.class);
        assertThatThrownBy(() -> RecordFields.open(seal, "person", KEY, sealed)).isInstanceOf(SealException.class);
        for (String damaged : new String[] {"{", "{\"f\":[[\"title\",\"x\",3]]}", "{\"x\":[]}", "[]",
            "{\"a\":[[\"not-a-uuid\",\"u\",\"h\",\"c\",\"t\"]]}"}) {
            assertThatThrownBy(() -> RecordFields.decode(damaged)).as(damaged).isInstanceOf(SealException.class)
                    .hasMessageNotContaining("title");
            if (!damaged.contains("not-a-uuid")) { // the values alone leave the authors unread
                assertThatThrownBy(() -> RecordFields.decodeValues(damaged)).as(damaged)
                        .isInstanceOf(SealException.class).hasMessageNotContaining("title");
            }
        }
    }
}
