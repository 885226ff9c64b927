package org.shield;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The message bundles agree with each other and with the code: same keys and placeholders in English
 * and Thai, every pattern valid, every key the UI names exists, every ui.* key is used, and the UI
 * section below the marker is sorted.
 */
class I18nConsistencyTest {
    private static final Path BUNDLES = Path.of("src/main/resources/i18n");
    private static final Path UI_JAVA = Path.of("src/main/java/org/shield/ui");
    private static final Path UI_FXML = Path.of("src/main/resources/org/shield/ui");
    private static final String MARKER = "# ---- ui ----";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([A-Za-z0-9_.]+)\"");
    private static final Pattern JAVA_LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)\"");

    private static Map<String, String> english;
    private static Map<String, String> thai;
    private static Set<String> fxmlKeys;
    private static Set<String> javaLiterals;

    @BeforeAll
    static void read() throws IOException {
        english = bundle("messages.properties");
        thai = bundle("messages_th.properties");
        fxmlKeys = matches(UI_FXML, ".fxml", FXML_KEY);
        javaLiterals = matches(UI_JAVA, ".java", JAVA_LITERAL);
        // the editors' keys that name synchronised fields on the Sync page (SyncTexts) are used there too
        java.util.Properties fieldLabels = new java.util.Properties();
        try (var in = Files.newInputStream(UI_FXML.resolve("sync/field-labels.properties"))) {
            fieldLabels.load(in);
        }
        fieldLabels.values().forEach(k -> javaLiterals.add((String) k));
    }

    /**
     * Keys that SyncTexts builds from a synchronised table's or field's name rather than names in the code:
     * SyncLabelsTest checks that each names a table or field there is, and that every one has its key.
     */
    private static final List<String> BUILT_FROM_NAMES = List.of("ui.sync.table.", "ui.sync.column.");

    @Test
    void englishAndThaiHaveTheSameKeys() {
        assertThat(thai.keySet()).containsExactlyInAnyOrderElementsOf(english.keySet());
    }

    @Test
    void englishAndThaiHaveTheSamePlaceholders() {
        List<String> differing = english.keySet().stream().filter(thai::containsKey)
                .filter(k -> !placeholders(english.get(k)).equals(placeholders(thai.get(k)))).toList();
        assertThat(differing).isEmpty();
    }

    @Test
    void everyPatternIsAValidMessageFormat() {
        List<String> broken = new ArrayList<>();
        for (Map<String, String> b : List.of(english, thai)) {
            b.forEach((k, v) -> {
                try {
                    new MessageFormat(v, Locale.ROOT);
                } catch (IllegalArgumentException e) {
                    broken.add(k);
                }
            });
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void noPatternOutsideTheLayoutsLosesAnApostrophe() {
        // MessageFormat takes a lone apostrophe for the start of a quoted part and drops it: write it ''.
        Pattern lone = Pattern.compile("(?<!')'(?!')");
        List<String> losing = new ArrayList<>();
        for (Map<String, String> b : List.of(english, thai)) {
            b.forEach((k, v) -> {
                if (!fxmlKeys.contains(k) && lone.matcher(v).find()) {
                    losing.add(k);
                }
            });
        }
        assertThat(losing).isEmpty();
    }

    @Test
    void everyKeyInTheLayoutsExists() {
        assertThat(english.keySet()).containsAll(fxmlKeys);
    }

    @Test
    void layoutTextsHaveNoMessageFormatQuoting() {
        // FXML shows %key text raw, so a doubled apostrophe there would show twice.
        assertThat(fxmlKeys.stream().filter(k -> english.getOrDefault(k, "").contains("'")
                || thai.getOrDefault(k, "").contains("'"))).isEmpty();
    }

    @Test
    void everyUiKeyNamedInTheCodeExists() {
        Set<String> missing = javaLiterals.stream().filter(k -> k.startsWith("ui."))
                .filter(k -> !english.containsKey(k)).collect(Collectors.toCollection(TreeSet::new));
        assertThat(missing).isEmpty();
    }

    @Test
    void everyBackendKeyNamedInTheUiExists() {
        Set<String> prefixes = english.keySet().stream().map(k -> k.substring(0, k.indexOf('.') + 1))
                .filter(p -> !p.equals("ui.")).collect(Collectors.toSet());
        Set<String> missing = javaLiterals.stream().filter(k -> prefixes.stream().anyMatch(k::startsWith))
                .filter(k -> !english.containsKey(k) && english.keySet().stream().noneMatch(e -> e.startsWith(k + ".")))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(missing).isEmpty();
    }

    @Test
    void everyMessageKeyTheBackendRaisesExists() throws IOException {
        Set<String> needed = new TreeSet<>();
        Map<Pattern, List<String>> rules = Map.of(
                Pattern.compile("UserMessage\\(\"([a-z][^\"]+)\""), List.of(""),
                Pattern.compile("DomainRuleViolation\\(\"([a-z][^\"]+)\""), List.of(""),
                Pattern.compile("Optional\\.of\\(\"(passphrase\\.[^\"]+)\""), List.of(""),
                Pattern.compile("\\.text\\(\"([a-z][^\"]+)\""), List.of(""),
                Pattern.compile("Text\\.required\\([^,]+,\\s*\"([^\"]+)\""), List.of(".required", ".tooLong"),
                Pattern.compile("Text\\.optional\\([^,]+,\\s*\"([^\"]+)\""), List.of(".tooLong"));
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(x -> x.toString().endsWith(".java") && !x.startsWith(UI_JAVA)).toList()) {
                String code = Files.readString(f, StandardCharsets.UTF_8);
                rules.forEach((pattern, suffixes) -> {
                    Matcher m = pattern.matcher(code);
                    while (m.find()) {
                        suffixes.forEach(suffix -> needed.add(m.group(1) + suffix));
                    }
                });
            }
        }
        assertThat(needed).as("keys found in the backend").hasSizeGreaterThan(80);
        assertThat(needed.stream().filter(k -> !english.containsKey(k)).toList()).isEmpty();
    }

    @Test
    void everyLabelAReportTemplateReadsExists() throws IOException {
        Set<String> keys = matches(Path.of("reports"), ".jrxml", Pattern.compile("\\$R\\{([a-z][A-Za-z0-9_.]+)\\}"));
        assertThat(keys).as("labels read by the report templates").contains("report.page", "report.end");
        assertThat(keys.stream().filter(k -> !english.containsKey(k)).toList()).isEmpty();
    }

    @Test
    void everyReportKeyBuiltFromACodeListValueExists() {
        List<String> missing = new ArrayList<>();
        for (org.shield.application.report.ReportKind k : org.shield.application.report.ReportKind.values()) {
            missing.add("report.title." + k.name());
        }
        for (org.shield.application.report.Redaction r : org.shield.application.report.Redaction.values()) {
            missing.add("report.redaction." + r.name());
        }
        missing.add("report.language.en");
        missing.add("report.language.th");
        missing.removeIf(english::containsKey);
        assertThat(missing).isEmpty();
    }

    @Test
    void everyCodeListValueHasALabel() {
        List<Class<? extends Enum<?>>> lists = List.of(org.shield.domain.casefile.CaseStatus.class,
                org.shield.domain.casefile.ExploitationType.class, org.shield.domain.casefile.Sensitivity.class,
                org.shield.domain.casefile.PartyRole.class, org.shield.domain.casefile.RoleInProcess.class,
                org.shield.domain.casefile.TraffickingEventType.class, org.shield.domain.party.Gender.class,
                org.shield.domain.party.DocumentType.class, org.shield.domain.party.ContactType.class,
                org.shield.domain.party.NameKind.class, org.shield.domain.party.OrganisationType.class,
                org.shield.domain.security.Role.class, org.shield.domain.security.Permission.class,
                org.shield.domain.audit.AuditAction.class, org.shield.domain.audit.AuditChain.Problem.class,
                org.shield.domain.approval.ApprovalKind.class, org.shield.domain.approval.ApprovalState.class,
                org.shield.domain.legal.TestifyWillingness.class, org.shield.domain.legal.HearingKind.class,
                org.shield.domain.legal.ClaimKind.class, org.shield.domain.legal.ClaimOutcome.class,
                org.shield.domain.repatriation.RepatriationStatus.class,
                org.shield.domain.repatriation.NationalityVerification.class,
                org.shield.domain.repatriation.TravelDocumentType.class,
                org.shield.domain.care.RiskLevel.class, org.shield.domain.care.AssessmentKind.class,
                org.shield.domain.care.AssessmentScope.class, org.shield.domain.care.SupportPlanType.class,
                org.shield.domain.care.ServiceType.class, org.shield.domain.care.CareNoteKind.class,
                org.shield.application.report.ReportKind.class, org.shield.application.report.Redaction.class);
        List<String> missing = new ArrayList<>();
        for (Class<? extends Enum<?>> e : lists) {
            for (Enum<?> c : e.getEnumConstants()) {
                String key = "enum." + e.getSimpleName() + "." + c.name();
                if (!english.containsKey(key)) {
                    missing.add(key);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyUiKeyIsUsed() {
        Set<String> unused = english.keySet().stream().filter(k -> k.startsWith("ui."))
                .filter(k -> !fxmlKeys.contains(k) && !javaLiterals.contains(k))
                .filter(k -> BUILT_FROM_NAMES.stream().noneMatch(k::startsWith))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(unused).isEmpty();
    }

    @Test
    void uiKeysAreBelowTheMarkerAndSorted() throws IOException {
        for (String file : List.of("messages.properties", "messages_th.properties")) {
            List<String> lines = Files.readAllLines(BUNDLES.resolve(file), StandardCharsets.UTF_8);
            int marker = lines.indexOf(MARKER);
            assertThat(marker).as(file + " has the ui marker").isNotNegative();
            List<String> above = keysOf(lines.subList(0, marker));
            List<String> below = keysOf(lines.subList(marker + 1, lines.size()));
            assertThat(above).as(file + ": ui keys above the marker").noneMatch(k -> k.startsWith("ui."));
            assertThat(below).as(file + ": only ui keys below the marker").allMatch(k -> k.startsWith("ui."));
            assertThat(below).as(file + ": ui keys sorted").isSorted();
        }
    }

    private static List<String> keysOf(List<String> lines) {
        return lines.stream().filter(l -> !l.isBlank() && !l.startsWith("#") && l.contains("="))
                .map(l -> l.substring(0, l.indexOf('=')).strip()).toList();
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static Map<String, String> bundle(String file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(BUNDLES.resolve(file), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        Map<String, String> out = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k)));
        return out;
    }

    private static Set<String> matches(Path root, String suffix, Pattern pattern) throws IOException {
        Set<String> out = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(suffix)).toList()) {
                Matcher m = pattern.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    out.add(m.group(1));
                }
            }
        }
        return out;
    }
}
