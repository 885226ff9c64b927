package org.shield.application.demo;

import java.time.LocalTime;
import org.shield.application.evidence.AddExhibitCommand;
import org.shield.application.evidence.EvidenceService;
import org.shield.application.evidence.ExhibitDetails;
import org.shield.application.evidence.RecordCustodyCommand;
import org.shield.application.interview.InterviewDetails;
import org.shield.application.interview.InterviewService;
import org.shield.application.interview.SaveInterviewCommand;
import org.shield.domain.evidence.Acquisition;
import org.shield.domain.evidence.CustodyAction;
import org.shield.domain.evidence.ExhibitFlags;
import org.shield.domain.evidence.ExhibitSource;
import org.shield.domain.evidence.ExhibitType;
import org.shield.domain.interview.Consent;
import org.shield.domain.interview.ConsentAnswer;
import org.shield.domain.interview.InterviewConditions;
import org.shield.domain.interview.InterviewKind;
import org.shield.domain.interview.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.shield.application.casefile.AddNoteCommand;
import org.shield.application.casefile.AddPartyCommand;
import org.shield.application.casefile.CaseDetails;
import org.shield.application.casefile.CaseService;
import org.shield.application.casefile.CreateCaseCommand;
import org.shield.application.casefile.RecordEventCommand;
import org.shield.application.casefile.UpdateCaseCommand;
import org.shield.application.common.ApplicationException;
import org.shield.application.common.CancellationToken;
import org.shield.application.common.ProgressListener;
import org.shield.application.party.OrganisationService;
import org.shield.application.party.PersonDetails.AliasData;
import org.shield.application.party.PersonDetails.ContactData;
import org.shield.application.party.PersonDetails.DocumentData;
import org.shield.application.party.PersonService;
import org.shield.application.party.SaveOrganisationCommand;
import org.shield.application.party.SavePersonCommand;
import org.shield.domain.casefile.CaseStatus;
import org.shield.domain.casefile.ExploitationType;
import org.shield.domain.casefile.PartyRole;
import org.shield.domain.casefile.RoleInProcess;
import org.shield.domain.casefile.Sensitivity;
import org.shield.domain.casefile.TraffickingEventType;
import org.shield.domain.party.ContactType;
import org.shield.domain.party.DocumentType;
import org.shield.domain.party.Gender;
import org.shield.domain.party.NameKind;
import org.shield.domain.party.OrganisationType;

/**
 * Fills a vault with obviously synthetic data that exercises every record type: every case title
 * carries the word DEMO, names come from a fixed fictional list, phone numbers use the +66 2 000 range
 * and passports the DEMO- prefix. Deterministic for a given seed. Blocking; call from a worker thread.
 */
public final class DemoDataService {
    private static final String[] GIVEN_LATIN = {"Demo-Arun", "Demo-Bua", "Demo-Chai", "Demo-Dao", "Demo-Ekk",
        "Demo-Fah", "Demo-Kaew", "Demo-Lek", "Demo-Mali", "Demo-Nok", "Demo-Ploy", "Demo-Tida"};
    private static final String[] FAMILY_LATIN = {"Testsuk", "Fictiwong", "Samplechai", "Mockdee", "Placeporn",
        "Dummykul"};
    private static final String[] GIVEN_THAI = {"ทดสอบอรุณ", "ทดสอบบัว", "ทดสอบชัย", "ทดสอบดาว", "ทดสอบเอก",
        "ทดสอบฟ้า", "ทดสอบแก้ว", "ทดสอบเล็ก", "ทดสอบมะลิ", "ทดสอบนก", "ทดสอบพลอย", "ทดสอบธิดา"};
    private static final String[] FAMILY_THAI = {"สมมติสุข", "ตัวอย่างวงศ์", "จำลองชัย", "ทดลองดี", "สาธิตพร",
        "หุ่นกุล"};
    private static final String[] PLACES = {"Demo Town A", "Demo Border Point B", "Demo Compound C",
        "Demo Port D", "Demo Village E"};
    private static final String[] COUNTRIES = {"TH", "MM", "KH", "LA", "VN"};
    private static final String[] NICKNAMES = {"Demo-Nui", "Demo-Pui", "Demo-Joy", "Demo-Bee", "Demo-Tom"};

    private final CaseService cases;
    private final PersonService persons;
    private final OrganisationService organisations;
    private final InterviewService interviews;
    private final EvidenceService evidence;
    private final Clock clock;
    private String teamInvestigator;
    private String caseworker;

    /**
     * Leads every other case by this investigator (so their list differs from a supervisor's) and refers
     * the first victim of those cases to this caseworker. Both accounts must exist.
     */
    public DemoDataService withDemoTeam(String investigator, String caseworkerName) {
        this.teamInvestigator = investigator;
        this.caseworker = caseworkerName;
        return this;
    }

    /** Demo data for an unlocked vault. */
    public static DemoDataService forWorkspace(org.shield.application.security.Workspace ws, Clock clock) {
        return new DemoDataService(ws.cases(), ws.persons(), ws.organisations(), ws.interviews(), ws.evidence(), clock);
    }

    public DemoDataService(CaseService cases, PersonService persons, OrganisationService organisations,
            InterviewService interviews, EvidenceService evidence, Clock clock) {
        this.cases = cases;
        this.persons = persons;
        this.organisations = organisations;
        this.interviews = interviews;
        this.evidence = evidence;
        this.clock = clock;
    }

    /** Adds {@code caseCount} demo cases, each with victims, a suspect, a witness, a route and notes. */
    public int generate(int caseCount, long seed, ProgressListener progress, CancellationToken cancel)
            throws ApplicationException {
        Random rnd = new Random(seed);
        organisations.save(new SaveOrganisationCommand(null, 0, "DEMO Shelter Foundation", OrganisationType.NGO,
                PLACES[0], "TH"));
        organisations.save(new SaveOrganisationCommand(null, 0, "DEMO Golden Compound (fictional)",
                OrganisationType.ScamCompound, PLACES[2], "MM"));
        ExploitationType[] types = ExploitationType.values();
        for (int i = 0; i < caseCount; i++) {
            cancel.throwIfCancelled();
            ExploitationType main = i % 3 == 0 ? ExploitationType.ForcedCriminalityOnlineScam
                    : types[rnd.nextInt(types.length)];
            LocalDate opened = LocalDate.now(clock).minusDays(rnd.nextInt(900));
            boolean team = teamInvestigator != null && i % 2 == 0;
            CaseDetails c = cases.create(new CreateCaseCommand("DEMO case " + (i + 1) + ": fictional " + label(main),
                    null, Set.of(main), null, team ? teamInvestigator : null, opened,
                    "DEMO summary. Everything in this case is invented for training and testing.",
                    Sensitivity.values()[rnd.nextInt(Sensitivity.values().length)], Set.of("demo")));
            if (i % 5 == 4) {
                CaseDetails d = c;
                cases.update(new UpdateCaseCommand(d.id(), d.version(), d.title(), CaseStatus.FollowUp, null, null,
                        d.exploitationTypes(), d.unitCode(), d.leadInvestigator(), d.openedOn(), d.summary(),
                        d.sensitivity(), d.tags()));
            }
            int victims = 1 + rnd.nextInt(2);
            java.util.UUID firstVictim = null;
            for (int v = 0; v < victims; v++) {
                var p = persons.save(person(rnd, i * 10 + v));
                if (v == 0) {
                    firstVictim = p.id();
                }
                var party = cases.addParty(new AddPartyCommand(c.id(), p.id(),
                        v == 0 ? PartyRole.Victim : PartyRole.PossibleVictim, null, "DEMO party"));
                if (team && caseworker != null && v == 0) {
                    cases.referParty(party.partyId(), caseworker);
                }
            }
            var suspect = persons.save(person(rnd, i * 10 + 7));
            cases.addParty(new AddPartyCommand(c.id(), suspect.id(), PartyRole.Suspect,
                    RoleInProcess.RecruiterOrIntermediary, null));
            var witness = persons.save(person(rnd, i * 10 + 8));
            cases.addParty(new AddPartyCommand(c.id(), witness.id(), PartyRole.Witness, null, null));
            LocalDate d0 = opened.minusDays(60 + rnd.nextInt(200));
            cases.recordEvent(new RecordEventCommand(c.id(), TraffickingEventType.Recruitment, d0, PLACES[0], "TH",
                    null, null, "DEMO: answered a fictional online job advert."));
            cases.recordEvent(new RecordEventCommand(c.id(), TraffickingEventType.Transit, d0.plusDays(3), PLACES[1],
                    "TH", 16.7, 98.5, "DEMO: taken across a river crossing (invented)."));
            cases.recordEvent(new RecordEventCommand(c.id(), TraffickingEventType.Exploitation, d0.plusDays(5),
                    PLACES[2], COUNTRIES[1 + rnd.nextInt(COUNTRIES.length - 1)], null, null,
                    "DEMO: made to work scam scripts (invented)."));
            var n = cases.addNote(new AddNoteCommand(c.id(), "DEMO note: first contact via hotline (invented).", null));
            if (i % 4 == 0) {
                cases.addNote(new AddNoteCommand(c.id(), "DEMO correction: contact came via a partner NGO.", n.id()));
            }
            if (i < WITH_EVIDENCE) {
                interviewsAndExhibits(c.id(), firstVictim, witness.id(), opened, i);
            }
            progress.progress(i + 1, caseCount);
        }
        return caseCount;
    }

    /** How many demo cases get interviews and exhibits (each digital exhibit is a real intake). */
    static final int WITH_EVIDENCE = 10;

    /**
     * A signed-off victim interview (statement in Burmese script with a Thai translation, all invented), a
     * scheduled witness interview, and a seized handset with its SIM and a digital extraction of
     * synthetic chat lines; the first case also gets an exhibit flagged as involving a minor.
     */
    private void interviewsAndExhibits(java.util.UUID caseId, java.util.UUID victim, java.util.UUID witness,
            LocalDate opened, int i) throws ApplicationException {
        ConsentAnswer y = ConsentAnswer.Yes;
        InterviewDetails iv = interviews.save(new SaveInterviewCommand(null, 0, caseId, victim, InterviewKind.Victim,
                new InterviewConditions(opened.plusDays(2), LocalTime.of(9, 30), LocalTime.of(11, 15),
                        "DEMO interview room, " + PLACES[i % PLACES.length], "DEMO Officer A", "DEMO Interpreter B",
                        "my, th", "DEMO Shelter social worker", i % 3 == 1, "one break of 15 minutes", null),
                new Consent(y, y, y, ConsentAnswer.No, y, y, y, null, null),
                new Statement("my", "DEMO (invented) ကျွန်မကို အလုပ်ကြော်ငြာဖြင့် ခေါ်ဆောင်ခဲ့သည်။ "
                        + "This statement is fictional and used for training only.", "th",
                        "DEMO (สมมติ) ฉันถูกชักชวนผ่านประกาศรับสมัครงานออนไลน์ ข้อความนี้แต่งขึ้นเพื่อการฝึกอบรมเท่านั้น",
                        "DEMO Translator C"), 0));
        if (i % 2 == 0) {
            InterviewDetails signed = interviews.signOff(iv.id(), iv.version());
            if (i == 0) {
                interviews.addAddendum(signed.id(), "DEMO addendum: the interpreter corrected the name of the "
                        + "fictional border crossing after reading the translation back.");
            }
        }
        interviews.save(new SaveInterviewCommand(null, 0, caseId, witness, InterviewKind.Witness,
                new InterviewConditions(LocalDate.now(clock).plusDays(7 + i), LocalTime.of(14, 0), null,
                        "DEMO police station", "DEMO Officer A", null, "th", null, false, null, null),
                Consent.NONE, Statement.NONE, 0));
        CancellationToken none = new CancellationToken();
        java.time.Instant seized = opened.atTime(16, 20).atZone(java.time.ZoneId.of("Asia/Bangkok")).toInstant();
        Acquisition search = new Acquisition("Seized during a search of the fictional compound",
                "DEMO search warrant " + (i + 1) + "/2026", "DEMO Officer A", "Investigator", "DEMO-0" + i, seized,
                "Asia/Bangkok", PLACES[2], null, null);
        ExhibitDetails phone = evidence.add(new AddExhibitCommand(caseId, ExhibitType.Physical, null,
                "DEMO smartphone found in the office room (fictional)", new ExhibitSource("DemoMaker", "Model X",
                        "DEMO-SN-" + i, "00000000000000" + (i % 10), null, null), search, ExhibitFlags.NONE, null,
                "Screen cracked, powered off", "DEMO-SEAL-" + (i + 1) + "-1", "DEMO evidence room, shelf "
                        + (1 + i % 4), null, false), ProgressListener.NONE, none);
        ExhibitDetails sim = evidence.add(new AddExhibitCommand(caseId, ExhibitType.Physical, null,
                "DEMO SIM card removed from the smartphone", ExhibitSource.NONE, search, ExhibitFlags.NONE, phone.id(),
                "Intact", "DEMO-SEAL-" + (i + 1) + "-2", "DEMO evidence room, shelf " + (1 + i % 4), null, false),
                ProgressListener.NONE, none);
        java.nio.file.Path tmp = null;
        try {
            tmp = java.nio.file.Files.createTempFile("shield-demo-", ".txt");
            StringBuilder chat = new StringBuilder();
            for (int line = 0; line < 400; line++) {
                chat.append("DEMO ").append(line).append(" [invented chat] boss: today's script target is ")
                        .append(line % 50).append(" calls\n");
            }
            java.nio.file.Files.writeString(tmp, chat, java.nio.charset.StandardCharsets.UTF_8);
            evidence.add(new AddExhibitCommand(caseId, ExhibitType.Digital, null,
                    "DEMO logical extraction of the SIM's messaging app (synthetic text)", ExhibitSource.NONE,
                    new Acquisition("Logical extraction in the DEMO lab", "DEMO search warrant " + (i + 1) + "/2026",
                            "DEMO Examiner D", "Digital forensic examiner", "DEMO-X" + i, seized.plusSeconds(86_400),
                            "Asia/Bangkok", "DEMO forensic lab", "DemoExtract", "4.2.0"),
                    ExhibitFlags.NONE, sim.id(), null, null, "DEMO lab server (encrypted vault copy)", tmp,
                    i == 0), ProgressListener.NONE, none);
            if (i == 0) {
                java.nio.file.Files.writeString(tmp, "DEMO placeholder for a sensitive image (synthetic text only)",
                        java.nio.charset.StandardCharsets.UTF_8);
                evidence.add(new AddExhibitCommand(caseId, ExhibitType.Digital, null,
                        "DEMO file flagged as involving a minor (synthetic placeholder, no image)", ExhibitSource.NONE,
                        null, new ExhibitFlags(true, true, false), phone.id(), null, null, null, tmp, false),
                        ProgressListener.NONE, none);
            }
        } catch (java.io.IOException e) {
            throw new org.shield.application.common.StorageException(
                    new org.shield.application.common.UserMessage("error.storage"), e);
        } finally {
            if (tmp != null) {
                try {
                    java.nio.file.Files.deleteIfExists(tmp);
                } catch (java.io.IOException e) {
                    // synthetic demo text only; nothing identifying is left behind
                }
            }
        }
        evidence.recordCustody(new RecordCustodyCommand(phone.id(), CustodyAction.Sealed, null, seized.plusSeconds(600),
                PLACES[2], "Sealed in an evidence bag at the scene", null, false), ProgressListener.NONE, none);
    }

    private static String label(ExploitationType t) {
        return t.name().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }

    private SavePersonCommand person(Random rnd, int n) {
        int g = rnd.nextInt(GIVEN_LATIN.length);
        int f = rnd.nextInt(FAMILY_LATIN.length);
        List<AliasData> aliases = new ArrayList<>();
        aliases.add(new AliasData(NameKind.Nickname, NICKNAMES[rnd.nextInt(NICKNAMES.length)]));
        String country = COUNTRIES[rnd.nextInt(COUNTRIES.length)];
        List<DocumentData> docs = List.of(new DocumentData(DocumentType.Passport,
                "DEMO-" + String.format(java.util.Locale.ROOT, "%07d", n), country, null, null));
        List<ContactData> contacts = List.of(new ContactData(ContactType.Phone,
                "+662000" + String.format(java.util.Locale.ROOT, "%05d", n % 100_000)),
                new ContactData(ContactType.Line, "demo.line." + n));
        Gender gender = rnd.nextBoolean() ? Gender.Feminine : Gender.Masculine;
        return new SavePersonCommand(null, 0, GIVEN_THAI[g] + " " + FAMILY_THAI[f],
                GIVEN_LATIN[g] + " " + FAMILY_LATIN[f], gender, null, 16 + rnd.nextInt(30), aliases,
                Set.of(country), Set.of(country.equals("TH") ? "th" : "my"), docs, contacts);
    }
}
