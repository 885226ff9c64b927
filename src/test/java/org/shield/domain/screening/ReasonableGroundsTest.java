package org.shield.domain.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Which dimensions a set of answers meets, table-driven: the ILO/EC rule per dimension, then the
 * combination for adults and children. Indicators here are synthetic (codes name their dimension and
 * strength); the rule does not depend on the catalogue's wording.
 */
class ReasonableGroundsTest {

    @ParameterizedTest(name = "{0} strong, {1} medium, {2} weak -> met: {3}")
    @CsvSource({
        "0,0,0,false", "1,0,0,false", "2,0,0,true", "1,1,0,true", "1,0,1,true", "0,3,0,true", "0,2,1,true",
        "0,2,0,false", "0,1,1,false", "0,1,2,false", "0,0,3,false", "0,0,5,false", "3,2,1,true"})
    void aDimensionIsMetByTheIloEcCombinationsOfStrengths(int strong, int medium, int weak, boolean met) {
        Map<Indicator, Answer> answers = new LinkedHashMap<>();
        add(answers, Dimension.Exploitation, Strength.Strong, strong, Answer.Yes);
        add(answers, Dimension.Exploitation, Strength.Medium, medium, Answer.Yes);
        add(answers, Dimension.Exploitation, Strength.Weak, weak, Answer.Yes);
        ReasonableGrounds g = ReasonableGrounds.assess(Population.Adult, answers);
        assertThat(g.dimension(Dimension.Exploitation).met()).isEqualTo(met);
        assertThat(g.dimension(Dimension.Exploitation).strong()).hasSize(strong);
        assertThat(g.dimension(Dimension.Exploitation).medium()).hasSize(medium);
        assertThat(g.dimension(Dimension.Exploitation).weak()).hasSize(weak);
    }

    @Test
    void onlyYesCounts() {
        Map<Indicator, Answer> answers = new LinkedHashMap<>();
        add(answers, Dimension.CoercionAtDestination, Strength.Strong, 3, Answer.No);
        add(answers, Dimension.DeceptiveRecruitment, Strength.Strong, 2, Answer.Unknown);
        ReasonableGrounds g = ReasonableGrounds.assess(Population.Adult, answers);
        assertThat(g.dimensions()).noneMatch(ReasonableGrounds.DimensionResult::met);
        assertThat(g.unknown()).isEqualTo(2);
    }

    static Stream<Arguments> combinations() {
        // dimensions met (by two strong "yes" each) -> combination met for an adult / for a child
        return Stream.of(
            Arguments.of(new Dimension[] {}, false, false),
            Arguments.of(new Dimension[] {Dimension.Exploitation}, false, false),
            Arguments.of(new Dimension[] {Dimension.DeceptiveRecruitment, Dimension.Exploitation}, false, true),
            Arguments.of(new Dimension[] {Dimension.CoerciveRecruitment, Dimension.Exploitation,
                Dimension.CoercionAtDestination}, true, true),
            Arguments.of(new Dimension[] {Dimension.RecruitmentByAbuseOfVulnerability, Dimension.Exploitation,
                Dimension.AbuseOfVulnerabilityAtDestination}, true, true),
            Arguments.of(new Dimension[] {Dimension.DeceptiveRecruitment, Dimension.CoercionAtDestination}, false,
                false),
            Arguments.of(new Dimension[] {Dimension.Exploitation, Dimension.CoercionAtDestination,
                Dimension.AbuseOfVulnerabilityAtDestination}, false, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("combinations")
    void theCombinationNeedsRecruitmentExploitationAndForAdultsControlAtDestination(Dimension[] met, boolean adult,
            boolean child) {
        Map<Indicator, Answer> answers = new LinkedHashMap<>();
        for (Dimension d : met) {
            add(answers, d, Strength.Strong, 2, Answer.Yes);
        }
        assertThat(ReasonableGrounds.assess(Population.Adult, answers).combinationMet()).isEqualTo(adult);
        assertThat(ReasonableGrounds.assess(Population.Child, answers).combinationMet()).isEqualTo(child);
    }

    @Test
    void forcedLabourIndicatorsAndScamSignsAreListedNotScored() {
        Map<Indicator, Answer> answers = new LinkedHashMap<>();
        answers.put(new Indicator("ILO11_X", IndicatorList.IloForcedLabour, null, null, null, null), Answer.Yes);
        answers.put(new Indicator("SCAM_X", IndicatorList.ScamCompound, null, null, null, null), Answer.Yes);
        answers.put(new Indicator("SCAM_Y", IndicatorList.ScamCompound, null, null, null, null), Answer.No);
        ReasonableGrounds g = ReasonableGrounds.assess(Population.Adult, answers);
        assertThat(g.forcedLabourYes()).containsExactly("ILO11_X");
        assertThat(g.scamSignsYes()).containsExactly("SCAM_X");
        assertThat(g.combinationMet()).isFalse();
    }

    private static void add(Map<Indicator, Answer> answers, Dimension d, Strength s, int n, Answer a) {
        for (int i = 0; i < n; i++) {
            answers.put(new Indicator("T_" + d + "_" + s + "_" + i + "_" + a, IndicatorList.IloEc, Population.Adult,
                    ExploitationForm.Labour, d, s), a);
        }
    }
}
