package org.shield.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.casefile.AddNoteCommand;
import org.shield.application.casefile.AddPartyCommand;
import org.shield.application.casefile.CaseDetails;
import org.shield.application.casefile.CreateCaseCommand;
import org.shield.application.casefile.RecordEventCommand;
import org.shield.application.casefile.UpdateCaseCommand;
import org.shield.application.common.ApplicationException;
import org.shield.application.common.CancellationToken;
import org.shield.application.common.ProgressListener;
import org.shield.application.evidence.AddExhibitCommand;
import org.shield.application.interview.SaveInterviewCommand;
import org.shield.domain.evidence.ExhibitFlags;
import org.shield.domain.evidence.ExhibitSource;
import org.shield.domain.evidence.ExhibitType;
import org.shield.domain.interview.Consent;
import org.shield.domain.interview.ConsentAnswer;
import org.shield.domain.interview.InterviewConditions;
import org.shield.domain.interview.InterviewKind;
import org.shield.domain.interview.Statement;
import org.shield.application.party.PersonDetails.AliasData;
import org.shield.application.party.PersonDetails.ContactData;
import org.shield.application.party.PersonDetails.DocumentData;
import org.shield.application.party.SavePersonCommand;
import org.shield.application.security.VaultService;
import org.shield.application.security.Workspace;
import org.shield.bootstrap.Wiring;
import org.shield.domain.casefile.CaseStatus;
import org.shield.domain.casefile.ExploitationType;
import org.shield.domain.casefile.PartyRole;
import org.shield.domain.casefile.TraffickingEventType;
import org.shield.domain.party.ContactType;
import org.shield.domain.party.DocumentType;
import org.shield.domain.party.NameKind;
import org.shield.domain.party.SearchFolding;
import org.shield.testing.JarJvm;
import org.shield.testing.JarProcess;

/**
 * Nothing identifying leaves the encrypted store in plaintext. Canary strings go in through every
 * field the app has (services in a child JVM, and the CLI jar), including failed saves, conflicts,
 * searches and backups; then every file the runs created (vault, logs, temp, home) is scanned for
 * the canaries in UTF-8 and UTF-16, as typed and as folded for search.
 */
class CanaryLeakIT {
    static final String LATIN = "CanaryQz7Latin";
    static final String THAI = "คานารีทดสอบลับ";
    static final String DOC = "CNRY8841992";
    static final String PHONE = "+66299887766";
    static final String NOTE = "CanaryNoteXv3";

    @TempDir
    Path tmp;

    @Test
    void canariesNeverAppearOutsideTheEncryptedStore() throws Exception {
        Path home = tmp.resolve("home");
        Path jtmp = tmp.resolve("jtmp");
        Path logs = tmp.resolve("logs");
        Files.createDirectories(home);
        Files.createDirectories(jtmp);
        Process p = new ProcessBuilder(JarJvm.testMain(List.of("-Dshield.kdf=fast", "-Djava.io.tmpdir=" + jtmp,
                "-Duser.home=" + home, "-Dshield.log.dir=" + logs), Scenario.class, tmp.toString()))
                .redirectErrorStream(true).redirectOutput(tmp.resolve("scenario.out").toFile()).start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(tmp.resolve("scenario.out"))).isZero();

        // the CLI too: a case titled with a canary, a search for it, a failing command quoting it
        Map<String, String> env = Map.of("SHIELD_PASSPHRASE", Scenario.PASS, "SHIELD_LOG_DIR", logs.toString());
        String vault = tmp.resolve("vault").toString();
        assertThat(JarProcess.run(tmp, env, "--vault", vault, "--user", Scenario.USER, "case", "add",
                "--title", "DEMO " + LATIN + " " + THAI).code()).isZero();
        // the canary person is a victim: found by name, listed by pseudonym only
        assertThat(JarProcess.run(tmp, env, "--vault", vault, "--user", Scenario.USER, "person", "search",
                LATIN).out()).containsPattern("V-\\d{4}-[A-Z0-9]{4}-\\d{4}").doesNotContain(LATIN);
        assertThat(JarProcess.run(tmp, env, "--vault", vault, "--user", Scenario.USER, "case", "show",
                LATIN).code()).isEqualTo(1);

        List<Path> files = filesUnder(tmp);
        assertThat(files).as("scanned files include the database and a log")
                .anyMatch(f -> f.getFileName().toString().endsWith(".mv.db"))
                .anyMatch(f -> f.getFileName().toString().endsWith(".log"))
                .anyMatch(f -> f.getFileName().toString().endsWith(".shieldbak"))
                .anyMatch(f -> f.getFileName().toString().endsWith(".blob"));
        List<String> leaks = new ArrayList<>();
        for (Path f : files) {
            if (f.getFileName().toString().equals("scenario.out")) {
                continue; // the child's own stdout: written by this test, not the app
            }
            if (f.startsWith(tmp.resolve("original"))) {
                continue; // the investigator's own file the exhibit was taken from: plaintext by nature
            }
            byte[] content = Files.readAllBytes(f);
            for (String canary : canaries()) {
                if (contains(content, canary)) {
                    leaks.add(tmp.relativize(f) + " contains a canary");
                }
            }
        }
        assertThat(leaks).isEmpty();
    }

    @Test
    void scannerFindsACanaryWhereOneIs() throws Exception {
        Path f = tmp.resolve("plain.txt");
        Files.write(f, ("x" + THAI + "y").getBytes(StandardCharsets.UTF_16LE));
        assertThat(contains(Files.readAllBytes(f), THAI)).isTrue();
        assertThat(contains("nothing here".getBytes(StandardCharsets.UTF_8), LATIN)).isFalse();
    }

    static List<String> canaries() {
        return List.of(LATIN, THAI, DOC, PHONE, NOTE, SearchFolding.fold(LATIN), SearchFolding.fold(THAI),
                SearchFolding.fold(DOC), SearchFolding.digits(PHONE), SearchFolding.fold(NOTE));
    }

    static boolean contains(byte[] haystack, String canary) {
        for (Charset cs : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            byte[] needle = canary.getBytes(cs);
            outer:
            for (int i = 0; i + needle.length <= haystack.length; i++) {
                for (int j = 0; j < needle.length; j++) {
                    if (haystack[i + j] != needle[j]) {
                        continue outer;
                    }
                }
                return true;
            }
        }
        return false;
    }

    private static List<Path> filesUnder(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).toList();
        }
    }

    /** The child JVM: writes canaries through every service, including failures. */
    public static final class Scenario {
        static final String USER = "canary-admin";
        static final String PASS = "synthetic canary passphrase";

        private Scenario() {
        }

        public static void main(String[] args) throws Exception {
            Path root = Path.of(args[0]);
            VaultService vs = Wiring.standard().vaultService();
            try (Workspace ws = vs.create(root.resolve("vault"), USER, "CAN", PASS.toCharArray())) {
                CaseDetails c = ws.cases().create(new CreateCaseCommand("DEMO " + LATIN, null,
                        Set.of(ExploitationType.ForcedCriminalityOnlineScam), null, null, LocalDate.of(2026, 1, 5),
                        "Summary " + THAI + " " + NOTE, null, Set.of(LATIN)));
                var person = ws.persons().save(new SavePersonCommand(null, 0, THAI, LATIN + " Person", null, null, 22,
                        List.of(new AliasData(NameKind.Alias, LATIN + "Alias")), Set.of("MM"), Set.of("my"),
                        List.of(new DocumentData(DocumentType.Passport, DOC, "MM", null, null)),
                        List.of(new ContactData(ContactType.Phone, PHONE), new ContactData(ContactType.Telegram, LATIN))));
                ws.cases().addParty(new AddPartyCommand(c.id(), person.id(), PartyRole.Victim, null, NOTE));
                ws.cases().recordEvent(new RecordEventCommand(c.id(), TraffickingEventType.Recruitment,
                        LocalDate.of(2025, 12, 1), LATIN + " place", "TH", null, null, THAI));
                ws.cases().addNote(new AddNoteCommand(c.id(), NOTE + " " + THAI, null));
                Path original = root.resolve("original").resolve(LATIN + " chat.txt");
                Files.createDirectories(original.getParent());
                Files.writeString(original, (NOTE + " " + THAI + " " + PHONE + "\n").repeat(2000));
                var exhibit = ws.evidence().add(new AddExhibitCommand(c.id(), ExhibitType.Digital, null,
                        "DEMO " + LATIN, new ExhibitSource(null, null, null, null, LATIN, null), null,
                        new ExhibitFlags(true, false, false), null, null, null, null, original, true),
                        ProgressListener.NONE, new CancellationToken());
                try (var opened = ws.evidence().open(exhibit.id(), "DEMO purpose " + NOTE)) {
                    opened.content().readAllBytes();
                }
                ws.evidence().verify(c.id(), ProgressListener.NONE, new CancellationToken());
                var interview = ws.interviews().save(new SaveInterviewCommand(null, 0, c.id(), person.id(),
                        InterviewKind.Victim, new InterviewConditions(LocalDate.of(2026, 1, 6), null, null, LATIN,
                        LATIN, LATIN, "my", LATIN, false, null, exhibit.id()), new Consent(ConsentAnswer.Yes, null,
                        null, null, null, null, null, null, null), new Statement("my", THAI + " " + NOTE, "en",
                        LATIN + " " + DOC, LATIN), 0));
                ws.interviews().signOff(interview.id(), interview.version());
                ws.interviews().addAddendum(interview.id(), NOTE + " " + THAI);
                expectFailure(() -> ws.interviews().addAddendum(interview.id(), THAI.repeat(40_000)));
                ws.persons().search(LATIN);
                ws.persons().search(THAI);
                ws.persons().search(DOC);
                // failures must not leak the rejected values either
                expectFailure(() -> ws.persons().save(new SavePersonCommand(null, 0, THAI, LATIN, null, null, 999,
                        List.of(), Set.of(LATIN.substring(0, 2)), Set.of(), List.of(), List.of())));
                expectFailure(() -> ws.persons().save(new SavePersonCommand(null, 0, LATIN.repeat(20), null, null, null,
                        null, List.of(), Set.of(), Set.of(), List.of(), List.of(new ContactData(ContactType.Phone,
                        LATIN)))));
                UpdateCaseCommand stale = UpdateCaseCommand.from(c);
                UpdateCaseCommand fresh = UpdateCaseCommand.from(ws.cases().get(c.id()));
                ws.cases().update(new UpdateCaseCommand(fresh.id(), fresh.version(), fresh.title() + " 2",
                        fresh.status(), null, null, fresh.exploitationTypes(), fresh.unitCode(), fresh.leadInvestigator(),
                        fresh.openedOn(), fresh.summary(), fresh.sensitivity(), fresh.tags()));
                expectFailure(() -> ws.cases().update(new UpdateCaseCommand(stale.id(), stale.version(),
                        "DEMO " + THAI, CaseStatus.Active, null, null, stale.exploitationTypes(), stale.unitCode(),
                        null, stale.openedOn(), NOTE, stale.sensitivity(), stale.tags())));
                expectFailure(() -> ws.cases().getByNumber(LATIN));
                vs.backup(ws, root.resolve("vault.shieldbak"), ProgressListener.NONE);
            }
            vs.restore(root.resolve("vault.shieldbak"), root.resolve("restored"), USER, PASS.toCharArray(),
                    ProgressListener.NONE);
            try (Workspace ws = vs.unlock(root.resolve("vault"), USER, PASS.toCharArray())) {
                ws.verify(ProgressListener.NONE);
            }
        }

        private interface Call {
            Object run() throws ApplicationException;
        }

        private static void expectFailure(Call c) {
            try {
                c.run();
            } catch (ApplicationException expected) {
                org.slf4j.LoggerFactory.getLogger(Scenario.class).warn("expected failure", expected);
                return;
            }
            throw new AssertionError("expected a failure");
        }
    }
}
