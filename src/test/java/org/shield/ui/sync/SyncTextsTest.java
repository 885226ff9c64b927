package org.shield.ui.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.shield.ui.common.Messages;

/** The conflicts screen names a field as the record's editor does, in the user's language, never as a column. */
class SyncTextsTest {
    private static final Messages EN = new Messages(Locale.ENGLISH, false);
    private static final Messages TH = new Messages(Locale.forLanguageTag("th-TH"), true);

    @Test
    void aFieldInConflictIsNamedAsItsEditorNamesIt() {
        assertThat(SyncTexts.field("case_file", "lead_investigator", EN)).isEqualTo(EN.get("ui.case.field.lead"));
        assertThat(SyncTexts.field("person", "name_native", EN)).isEqualTo("Name in own script");
        assertThat(SyncTexts.field("exhibit", "storage_location", EN))
                .isEqualTo(EN.get("ui.evidence.field.storage").replace("_", ""));
        assertThat(SyncTexts.field("interview", "c_caution", TH)).isEqualTo(TH.get("ui.interview.consent.cautionGiven")
                .replace("_", ""));
    }

    @Test
    void everyEditableFieldOfTheMainRecordsHasALabelInBothLanguages() {
        for (Messages m : List.of(EN, TH)) {
            for (String[] f : new String[][] {{"case_file", "title"}, {"case_file", "summary"}, {"case_file", "status"},
                {"case_file", "sensitivity"}, {"case_file", "unit_code"}, {"case_file", "closure_reason"},
                {"person", "date_of_birth"}, {"person", "gender"}, {"person", "estimated_age"},
                {"exhibit", "description"}, {"exhibit", "seal_number"}, {"exhibit", "item_condition"},
                {"exhibit", "custodian"}, {"exhibit", "involves_minor"}, {"interview", "statement"},
                {"interview", "interpreter"}, {"interview", "interview_date"}, {"organisation", "org_type"},
                {"case_party", "party_role"}}) {
                String label = SyncTexts.field(f[0], f[1], m);
                assertThat(label).as("%s.%s", f[0], f[1]).doesNotContain("_").isNotEqualTo(f[1].replace('_', ' '));
            }
        }
    }

    @Test
    void aColumnOfNoSynchronisedTableIsShownWithSpaces() {
        assertThat(SyncTexts.field("some_table", "some_column", TH)).isEqualTo("some column");
    }
}
