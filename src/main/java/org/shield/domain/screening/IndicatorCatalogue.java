package org.shield.domain.screening;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The screening checklists as data ({@code indicators.tsv} beside this class; sources and the assessment
 * rule in docs/screening-indicators.md). Loaded once; immutable; thread-safe.
 */
public final class IndicatorCatalogue {
    private static final String RESOURCE = "indicators.tsv";

    private final Map<String, Indicator> byCode;

    private IndicatorCatalogue(Map<String, Indicator> byCode) {
        this.byCode = Collections.unmodifiableMap(byCode);
    }

    /** The built-in catalogue, read on first use. */
    public static IndicatorCatalogue standard() {
        return Standard.CATALOGUE;
    }

    private static final class Standard {
        static final IndicatorCatalogue CATALOGUE = load();
    }

    /** Every indicator, in catalogue order. */
    public List<Indicator> all() {
        return List.copyOf(byCode.values());
    }

    public Optional<Indicator> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /**
     * The checklist for a person: the ILO forced-labour indicators, the ILO/EC list for their population and
     * form of exploitation, and the scam-compound signs, in catalogue order.
     */
    public List<Indicator> checklist(Population population, ExploitationForm exploitation) {
        return byCode.values().stream().filter(i -> i.appliesTo(population, exploitation)).toList();
    }

    static IndicatorCatalogue parse(InputStream in) throws IOException {
        Map<String, Indicator> map = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 6) {
                    throw new IOException("indicators.tsv line " + n + ": 6 columns expected");
                }
                Indicator i = new Indicator(f[0].strip(), IndicatorList.valueOf(f[1].strip()), opt(f[2], Population.class),
                        opt(f[3], ExploitationForm.class), opt(f[4], Dimension.class), opt(f[5], Strength.class));
                if ((i.list() == IndicatorList.IloEc) != (i.dimension() != null && i.strength() != null)) {
                    throw new IOException("indicators.tsv line " + n + ": ILO/EC items, and only they, have a "
                            + "dimension and a strength");
                }
                if (map.put(i.code(), i) != null) {
                    throw new IOException("indicators.tsv line " + n + ": duplicate code");
                }
            }
        }
        return new IndicatorCatalogue(map);
    }

    private static <E extends Enum<E>> E opt(String v, Class<E> type) {
        String s = v.strip();
        return s.isEmpty() || s.equals("-") || s.equals("Any") ? null : Enum.valueOf(type, s);
    }

    private static IndicatorCatalogue load() {
        try (InputStream in = IndicatorCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("indicators.tsv missing from the build");
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** For tests: a catalogue of the given indicators. */
    public static IndicatorCatalogue of(List<Indicator> indicators) {
        Map<String, Indicator> map = new LinkedHashMap<>();
        for (Indicator i : new ArrayList<>(indicators)) {
            map.put(i.code(), i);
        }
        return new IndicatorCatalogue(map);
    }
}
