package org.shield.domain.care;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VictimStageTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                        |scr|idf|shl|rfl|pln|ret|hnd|due| stage
            nothing recorded                              | n | n | n | n | n | n | n | n | NotScreened
            screened only                                 | y | n | n | n | n | n | n | n | Screened
            admitted, not screened, in reflection         | n | n | y | y | n | n | n | n | InReflection
            screened and in reflection                    | y | n | y | y | n | n | n | n | InReflection
            reflection over, still in shelter             | y | n | y | n | n | n | n | n | InCare
            identified during reflection, in shelter      | y | y | y | y | n | n | n | n | InCare
            identified, living outside a shelter          | y | y | n | n | n | n | n | n | Identified
            identified with a care plan, no shelter       | y | y | n | n | y | n | n | n | InCare
            care plan without identification              | y | n | n | n | y | n | n | n | InCare
            left shelter, reflection count still running  | y | n | n | y | n | n | n | n | Screened
            return planned while in shelter               | y | y | y | n | y | y | n | n | Returning
            handed over, no follow-up due                 | y | y | n | n | y | n | y | n | Returned
            handed over, follow-up due                    | y | y | n | n | n | n | y | y | FollowUp
            handed over wins over a stale planned flag    | y | y | n | n | n | y | y | n | Returned
            """)
    void stageFollowsTheMostAdvancedRecordedFact(String name, String scr, String idf, String shl, String rfl,
            String pln, String ret, String hnd, String due, VictimStage expected) {
        StageFacts f = new StageFacts(y(scr), y(idf), y(shl), y(rfl), y(pln), y(ret), y(hnd), y(due));
        assertThat(VictimStage.of(f)).isEqualTo(expected);
    }

    private static boolean y(String s) {
        return "y".equals(s);
    }
}
