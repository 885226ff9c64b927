package org.shield.application.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.casefile.CaseDetails;
import org.shield.application.casefile.CreateCaseCommand;
import org.shield.application.common.AccessDeniedException;
import org.shield.application.common.ApplicationException;
import org.shield.application.common.CancellationToken;
import org.shield.application.common.ProgressListener;
import org.shield.application.common.ValidationException;
import org.shield.application.security.VaultService;
import org.shield.application.security.Workspace;
import org.shield.domain.evidence.Acquisition;
import org.shield.domain.evidence.CustodyAction;
import org.shield.domain.evidence.ExhibitFlags;
import org.shield.domain.evidence.ExhibitSource;
import org.shield.domain.evidence.ExhibitType;
import org.shield.domain.evidence.HashCheck;
import org.shield.domain.evidence.Integrity;
import org.shield.domain.security.Role;
import org.shield.testing.SessionSwitch;
import org.shield.testing.TestVaults;

/** Exhibits through the services of a real vault: intake, custody, viewing, verification and disclosure. */
class EvidenceServiceIT {
    private static final char[] PASS = "synthetic evidence passphrase 9".toCharArray();
    private static final String CANARY = "CANARY-SYNTHETIC-EXHIBIT-CONTENT-51c7";

    @TempDir
    static Path dir;
    static Path vault;
    static VaultService vaults;
    static UUID caseId;
    static SessionSwitch sessions;

    @BeforeAll
    static void setUp() throws Exception {
        vault = dir.resolve("v");
        vaults = TestVaults.vaults();
        sessions = new SessionSwitch(vaults, vault, PASS);
        try (Workspace admin = TestVaults.create(vault)) {
            admin.users().add("ev-lead", "TST", Set.of(Role.Investigator), PASS, false);
            admin.users().add("ev-team", "TST", Set.of(Role.Investigator), PASS, false);
            admin.users().add("ev-outsider", "TST", Set.of(Role.Investigator), PASS, false);
            admin.users().add("ev-caseworker", "TST", Set.of(Role.Caseworker), PASS, false);
            admin.users().add("ev-supervisor", "TST", Set.of(Role.Supervisor), PASS, false);
            CaseDetails c = admin.cases().create(new CreateCaseCommand("DEMO evidence case", null, Set.of(), "TST",
                    "ev-lead", null, null, null, Set.of()));
            caseId = c.id();
            admin.cases().assignTeam(caseId, admin.cases().get(caseId).version(), "ev-lead", Set.of("ev-team"));
        }
    }

    @AfterAll
    static void close() {
        sessions.close();
    }

    private static Workspace as(String user) throws ApplicationException {
        return sessions.as(user);
    }

    private static Path file(String name, String content) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return f;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static ExhibitDetails addDigital(Workspace ws, String name, String content, ExhibitFlags flags)
            throws Exception {
        return ws.evidence().add(new AddExhibitCommand(caseId, ExhibitType.Digital, null, "DEMO " + name,
                new ExhibitSource("DemoPhone", "X1", "SER-0000", "000000000000000", null, null),
                new Acquisition("seized at the demo compound", "DEMO warrant 1/2026", "ev-lead", "Investigator",
                        "B-0000", null, "Asia/Bangkok", "DEMO place", "DemoExtractor", "1.0"),
                flags, null, null, null, "DEMO locker 1", file(name, content), true), ProgressListener.NONE,
                new CancellationToken());
    }

    private static List<Path> blobs() throws Exception {
        try (Stream<Path> s = Files.list(vault.resolve("evidence"))) {
            return s.filter(p -> p.getFileName().toString().endsWith(".blob")).sorted().toList();
        }
    }

    @Test
    void aDigitalExhibitIsHashedNumberedAndCollectedInOnePass() throws Exception {
        Workspace ws = as("ev-lead");
        String content = "DEMO chat export " + CANARY;
        ExhibitDetails x = addDigital(ws, "chat-export.txt", content, ExhibitFlags.NONE);
        assertThat(x.exhibitNumber()).startsWith("EX-");
        assertThat(x.sha256()).isEqualTo(sha256(content.getBytes(StandardCharsets.UTF_8)));
        assertThat(x.hashes().md5()).hasSize(32);
        assertThat(x.hashes().sha1()).hasSize(40);
        assertThat(x.sizeBytes()).isEqualTo(content.getBytes(StandardCharsets.UTF_8).length);
        assertThat(x.originalFileName()).isEqualTo("chat-export.txt");
        assertThat(x.custodian()).isEqualTo("ev-lead");
        assertThat(x.integrity()).isEqualTo(Integrity.AtIntake);
        List<CustodyEventDetails> chain = ws.evidence().custody(x.id());
        assertThat(chain).hasSize(1);
        assertThat(chain.get(0).action()).isEqualTo(CustodyAction.Collected);
        assertThat(chain.get(0).hashResult()).isEqualTo(HashCheck.Match);
        assertThat(chain.get(0).hashChecked()).isEqualTo(x.sha256());
        assertThat(Files.readString(dir.resolve("chat-export.txt"))).as("the original is untouched").isEqualTo(content);
        for (Path blob : blobs()) {
            assertThat(new String(Files.readAllBytes(blob), StandardCharsets.ISO_8859_1)).doesNotContain(CANARY);
        }
    }

    @Test
    void physicalExhibitsCarrySealAndStorageAndChildrenNameTheirParent() throws Exception {
        Workspace ws = as("ev-lead");
        ExhibitDetails phone = ws.evidence().add(new AddExhibitCommand(caseId, ExhibitType.Physical, "PH-1",
                "DEMO handset", ExhibitSource.NONE, null, ExhibitFlags.NONE, null, "screen cracked", "SEAL-0001",
                "DEMO evidence room, shelf 2", null, false), ProgressListener.NONE, new CancellationToken());
        assertThat(phone.exhibitNumber()).isEqualTo("PH-1");
        assertThat(phone.sealNumber()).isEqualTo("SEAL-0001");
        assertThat(phone.hasContent()).isFalse();
        ExhibitDetails sim = ws.evidence().add(new AddExhibitCommand(caseId, ExhibitType.Physical, null, "DEMO SIM",
                ExhibitSource.NONE, null, ExhibitFlags.NONE, phone.id(), null, "SEAL-0002", null, null, false),
                ProgressListener.NONE, new CancellationToken());
        assertThat(sim.parentNumber()).isEqualTo("PH-1");
        assertThatThrownBy(() -> ws.evidence().add(new AddExhibitCommand(caseId, ExhibitType.Physical, "ph-1",
                "DEMO duplicate", ExhibitSource.NONE, null, ExhibitFlags.NONE, null, null, null, null, null, false),
                ProgressListener.NONE, new CancellationToken())).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).userMessage().key()).isEqualTo("exhibit.number.taken"));
    }

    @Test
    void aTransferMovesCustodyToATeamMemberWhoThenReceivesIt() throws Exception {
        ExhibitDetails x = addDigital(as("ev-lead"), "transfer.bin", "DEMO transfer content", ExhibitFlags.NONE);
        assertThatThrownBy(() -> as("ev-lead").evidence().recordCustody(new RecordCustodyCommand(x.id(),
                CustodyAction.Transferred, "ev-caseworker", null, null, "DEMO analysis", null, false),
                ProgressListener.NONE, new CancellationToken())).isInstanceOf(ValidationException.class);
        assertThat(as("ev-lead").evidence().recipients(x.id())).contains("ev-team", "ev-supervisor")
                .doesNotContain("ev-caseworker", "ev-lead", "ev-outsider");
        as("ev-lead").evidence().recordCustody(new RecordCustodyCommand(x.id(), CustodyAction.Transferred, "ev-team",
                null, "DEMO office", "DEMO analysis", null, false), ProgressListener.NONE, new CancellationToken());
        as("ev-lead").evidence().open(x.id(), null).close(); // a view in between does not cancel the hand-over
        assertThatThrownBy(() -> as("ev-team").evidence().recordCustody(new RecordCustodyCommand(x.id(),
                CustodyAction.Analysed, null, null, null, "DEMO before receipt", null, false), ProgressListener.NONE,
                new CancellationToken())).as("nothing but the receipt follows a transfer").isInstanceOf(
                ValidationException.class);
        CustodyEventDetails received = as("ev-team").evidence().recordCustody(new RecordCustodyCommand(x.id(),
                CustodyAction.Received, null, null, "DEMO lab", null, "DEMO lab safe", true), ProgressListener.NONE,
                new CancellationToken());
        assertThat(received.fromCustodian()).isEqualTo("ev-lead");
        assertThat(received.toCustodian()).isEqualTo("ev-team");
        assertThat(received.hashResult()).isEqualTo(HashCheck.Match);
        ExhibitDetails now = as("ev-team").evidence().get(x.id());
        assertThat(now.custodian()).isEqualTo("ev-team");
        assertThat(now.storageLocation()).isEqualTo("DEMO lab safe");
        assertThat(as("ev-team").evidence().custody(x.id())).extracting(CustodyEventDetails::action)
                .containsExactly(CustodyAction.Collected, CustodyAction.Transferred, CustodyAction.Viewed,
                        CustodyAction.Received);
        assertThatThrownBy(() -> as("ev-lead").evidence().recordCustody(new RecordCustodyCommand(x.id(),
                CustodyAction.Collected, null, null, null, null, null, false), ProgressListener.NONE,
                new CancellationToken())).isInstanceOf(ValidationException.class);
    }

    private static String refusal(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(call);
        assertThat(t).isInstanceOf(ValidationException.class);
        return ((ValidationException) t).userMessage().key();
    }

    @Test
    void aRelabelIsACustodyStepAndANumberIsNeverUsedTwice() throws Exception {
        Workspace lead = as("ev-lead");
        ExhibitDetails bag = lead.evidence().add(new AddExhibitCommand(caseId, ExhibitType.Physical, "BAG-7",
                "DEMO bag", ExhibitSource.NONE, null, ExhibitFlags.NONE, null, null, "SEAL-0007", null, null, false),
                ProgressListener.NONE, new CancellationToken());
        lead.evidence().add(new AddExhibitCommand(caseId, ExhibitType.Physical, "BAG-8", "DEMO other bag",
                ExhibitSource.NONE, null, ExhibitFlags.NONE, null, null, null, null, null, false),
                ProgressListener.NONE, new CancellationToken());
        String why = "DEMO the same number was given to another exhibit on another laptop";
        assertThat(refusal(() -> lead.evidence().relabel(new RelabelExhibitCommand(bag.id(), "BAG-7A", null, " "))))
                .isEqualTo("exhibit.relabel.reasonRequired");
        assertThat(refusal(() -> lead.evidence().relabel(new RelabelExhibitCommand(bag.id(), " ", null, why))))
                .isEqualTo("exhibit.number.invalid");
        assertThat(refusal(() -> lead.evidence().relabel(new RelabelExhibitCommand(bag.id(), "bag 7a", null, why))))
                .isEqualTo("exhibit.number.invalid");
        assertThat(refusal(() -> lead.evidence().relabel(new RelabelExhibitCommand(bag.id(), "bag-8", null, why))))
                .isEqualTo("exhibit.number.taken");
        assertThatThrownBy(() -> as("ev-team").evidence().relabel(new RelabelExhibitCommand(bag.id(), "BAG-7A", null,
                why))).as("neither the custodian nor a supervisor").isInstanceOf(ApplicationException.class);

        CustodyEventDetails step = as("ev-lead").evidence().relabel(new RelabelExhibitCommand(bag.id(), "bag-7a",
                "DEMO evidence room", why));
        assertThat(step.action()).isEqualTo(CustodyAction.Relabelled);
        assertThat(step.numberBefore()).isEqualTo("BAG-7");
        assertThat(step.numberAfter()).isEqualTo("BAG-7A");
        assertThat(step.purpose()).isEqualTo(why);
        assertThat(as("ev-lead").evidence().get(bag.id()).exhibitNumber()).isEqualTo("BAG-7A");
        assertThat(as("ev-lead").evidence().custody(bag.id())).last().satisfies(s -> {
            assertThat(s.action()).isEqualTo(CustodyAction.Relabelled);
            assertThat(s.exhibitNumber()).isEqualTo("BAG-7A");
        });

        assertThat(refusal(() -> as("ev-lead").evidence().add(new AddExhibitCommand(caseId, ExhibitType.Physical,
                "bag-7", "DEMO third bag", ExhibitSource.NONE, null, ExhibitFlags.NONE, null, null, null, null, null,
                false), ProgressListener.NONE, new CancellationToken()))).as("the old number is not given again")
                .isEqualTo("exhibit.number.usedBefore");
        // a supervisor of the unit may relabel for the custodian; the chain of two relabels still verifies
        as("ev-supervisor").evidence().relabel(new RelabelExhibitCommand(bag.id(), "BAG-7B", null, why));
        assertThat(refusal(() -> as("ev-lead").evidence().relabel(new RelabelExhibitCommand(bag.id(), "BAG-7A", null,
                why)))).isEqualTo("exhibit.number.usedBefore");
        assertThat(as("ev-lead").evidence().verifyExhibit(bag.id(), ProgressListener.NONE, new CancellationToken())
                .allIntact()).isTrue();
        assertThat(as("ev-supervisor").audit().verify(false, ProgressListener.NONE, new CancellationToken()).intact())
                .isTrue();
    }

    @Test
    void viewingIsRecordedAndASensitiveExhibitNeedsAPurpose() throws Exception {
        ExhibitDetails plain = addDigital(as("ev-lead"), "plain.txt", "DEMO plain", ExhibitFlags.NONE);
        try (OpenedExhibit o = as("ev-team").evidence().open(plain.id(), null); InputStream in = o.content()) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("DEMO plain");
        }
        assertThat(as("ev-team").evidence().custody(plain.id())).last().satisfies(ev -> {
            assertThat(ev.action()).isEqualTo(CustodyAction.Viewed);
            assertThat(ev.toCustodian()).isEqualTo("ev-team");
        });
        ExhibitDetails minor = addDigital(as("ev-lead"), "minor.txt", "DEMO sensitive", new ExhibitFlags(true, true,
                false));
        assertThatThrownBy(() -> as("ev-team").evidence().open(minor.id(), "short")).isInstanceOf(
                ValidationException.class);
        try (OpenedExhibit o = as("ev-team").evidence().open(minor.id(), "DEMO purpose: prepare the charge")) {
            assertThat(o.content().readAllBytes()).isNotEmpty();
        }
        assertThat(as("ev-team").evidence().custody(minor.id())).last()
                .satisfies(ev -> assertThat(ev.purpose()).isEqualTo("DEMO purpose: prepare the charge"));
        assertThatThrownBy(() -> as("ev-outsider").evidence().open(plain.id(), null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("ev-caseworker").evidence().list(caseId)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void flippingOneStoredByteFlagsExactlyThatExhibit() throws Exception {
        Workspace lead = as("ev-lead");
        addDigital(lead, "keep.txt", "DEMO keep " + "x".repeat(5000), ExhibitFlags.NONE);
        List<Path> before = blobs();
        ExhibitDetails target = addDigital(lead, "flip.txt", "DEMO flip " + "y".repeat(5000), ExhibitFlags.NONE);
        Path blob = blobs().stream().filter(p -> !before.contains(p)).findFirst().orElseThrow();
        try (RandomAccessFile raf = new RandomAccessFile(blob.toFile(), "rw")) {
            long at = raf.length() / 2;
            raf.seek(at);
            int b = raf.read();
            raf.seek(at);
            raf.write(b ^ 0x01);
        }
        IntegrityReport report = as("ev-supervisor").evidence().verify(caseId, ProgressListener.NONE,
                new CancellationToken());
        assertThat(report.failures()).as(report.failures().toString()).extracting(IntegrityResult::exhibitId)
                .containsExactly(target.id());
        assertThat(report.failures().get(0).content()).isEqualTo(HashCheck.Unreadable);
        assertThat(as("ev-supervisor").evidence().mismatches()).extracting(ExhibitDetails::id)
                .containsExactly(target.id());
        assertThat(as("ev-supervisor").evidence().get(target.id()).integrity()).isEqualTo(Integrity.Mismatch);
        assertThat(as("ev-lead").evidence().verifyExhibit(target.id(), ProgressListener.NONE, new CancellationToken())
                .allIntact()).as("one exhibit re-verified alone").isFalse();
        assertThat(as("ev-supervisor").audit().verify(false, ProgressListener.NONE, new CancellationToken()).intact())
                .isTrue();
    }

    @Test
    void aDisclosureFolderHoldsTheCopiesTheManifestAndTheCustodyLogs() throws Exception {
        CaseDetails own = as("ev-lead").cases().create(new CreateCaseCommand("DEMO disclosure case", null, Set.of(),
                "TST", "ev-lead", null, null, null, Set.of()));
        Workspace lead = as("ev-lead");
        ExhibitDetails x = lead.evidence().add(new AddExhibitCommand(own.id(), ExhibitType.Digital, null,
                "DEMO photo", ExhibitSource.NONE, null, ExhibitFlags.NONE, null, null, null, null,
                file("DEMO photo.JPG", "DEMO jpeg bytes"), false), ProgressListener.NONE, new CancellationToken());
        lead.evidence().add(new AddExhibitCommand(own.id(), ExhibitType.Physical, null, "DEMO notebook",
                ExhibitSource.NONE, null, ExhibitFlags.NONE, null, null, "SEAL-9", "DEMO room", null, false),
                ProgressListener.NONE, new CancellationToken());
        Path out = dir.resolve("disclosure");
        DisclosureResult r = lead.evidence().exportDisclosure(own.id(), out, "DEMO disclosure to the prosecutor",
                ProgressListener.NONE, new CancellationToken());
        assertThat(r.exhibits()).isEqualTo(2);
        assertThat(r.files()).isEqualTo(1);
        assertThat(r.mismatches()).isZero();
        Path copy = out.resolve("exhibits").resolve(x.exhibitNumber() + ".jpg");
        assertThat(Files.readString(copy)).isEqualTo("DEMO jpeg bytes");
        assertThat(out.resolve("manifest.csv")).exists();
        assertThat(out.resolve("manifest.json")).exists();
        assertThat(Files.readString(out.resolve("SHA256SUMS"))).contains(x.sha256());
        assertThat(lead.evidence().custody(x.id())).last().satisfies(ev -> {
            assertThat(ev.action()).isEqualTo(CustodyAction.Exported);
            assertThat(ev.hashResult()).isEqualTo(HashCheck.Match);
        });
        assertThatThrownBy(() -> lead.evidence().exportDisclosure(own.id(), out, "DEMO second export here",
                ProgressListener.NONE, new CancellationToken())).isInstanceOf(ValidationException.class);
    }
}
