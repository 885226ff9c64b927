package org.shield.domain.screening;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a set of screening answers shows, computed the same way every time: for each ILO/EC dimension
 * whether it is met and by which indicators answered yes, whether the combination of dimensions that the
 * ILO/EC guidance reads as indicating trafficking is met, and which ILO forced-labour indicators and
 * scam-compound signs were answered yes. It is support for the MDT's decision, never the decision: screens
 * and reports present it as "indicators present", not as a status.
 *
 * <p>The rule (docs/screening-indicators.md): a dimension is met with at least two strong indicators, or
 * one strong and one medium or weak, or three medium, or two medium and one weak. For adults the
 * combination is a recruitment dimension (deceptive, coercive or by abuse of vulnerability) and
 * exploitation and a destination dimension (coercion or abuse of vulnerability); for children, whose
 * consent is irrelevant, a recruitment dimension and exploitation.
 */
public record ReasonableGrounds(Population population, List<DimensionResult> dimensions, boolean combinationMet,
        List<String> forcedLabourYes, List<String> scamSignsYes, int unknown) {

    public ReasonableGrounds {
        dimensions = List.copyOf(dimensions);
        forcedLabourYes = List.copyOf(forcedLabourYes);
        scamSignsYes = List.copyOf(scamSignsYes);
    }

    /** One dimension: met or not, and the indicators answered yes in it, by strength (codes). */
    public record DimensionResult(Dimension dimension, boolean met, List<String> strong, List<String> medium,
            List<String> weak) {
        public DimensionResult {
            strong = List.copyOf(strong);
            medium = List.copyOf(medium);
            weak = List.copyOf(weak);
        }
    }

    /** Assesses answers (indicator → answer); only "yes" counts toward a dimension. */
    public static ReasonableGrounds assess(Population population, Map<Indicator, Answer> answers) {
        Map<Dimension, List<List<String>>> byDimension = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            byDimension.put(d, List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
        }
        List<String> forcedLabour = new ArrayList<>();
        List<String> scam = new ArrayList<>();
        int unknown = 0;
        for (Map.Entry<Indicator, Answer> e : answers.entrySet()) {
            Indicator i = e.getKey();
            if (e.getValue() == Answer.Unknown) {
                unknown++;
            }
            if (e.getValue() != Answer.Yes) {
                continue;
            }
            switch (i.list()) {
                case IloForcedLabour -> forcedLabour.add(i.code());
                case ScamCompound -> scam.add(i.code());
                case IloEc -> byDimension.get(i.dimension()).get(i.strength().ordinal()).add(i.code());
            }
        }
        List<DimensionResult> results = new ArrayList<>();
        Map<Dimension, Boolean> met = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            List<List<String>> s = byDimension.get(d);
            boolean m = positive(s.get(0).size(), s.get(1).size(), s.get(2).size());
            met.put(d, m);
            results.add(new DimensionResult(d, m, s.get(0), s.get(1), s.get(2)));
        }
        boolean recruitment = met.get(Dimension.DeceptiveRecruitment) || met.get(Dimension.CoerciveRecruitment)
                || met.get(Dimension.RecruitmentByAbuseOfVulnerability);
        boolean destination = met.get(Dimension.CoercionAtDestination)
                || met.get(Dimension.AbuseOfVulnerabilityAtDestination);
        boolean combination = recruitment && met.get(Dimension.Exploitation)
                && (population == Population.Child || destination);
        return new ReasonableGrounds(population, results, combination, forcedLabour, scam, unknown);
    }

    /** The ILO/EC rule for one dimension, from the numbers of strong, medium and weak indicators present. */
    static boolean positive(int strong, int medium, int weak) {
        return strong >= 2 || strong >= 1 && medium + weak >= 1 || medium >= 3 || medium >= 2 && weak >= 1;
    }

    public DimensionResult dimension(Dimension d) {
        return dimensions.get(d.ordinal());
    }
}
