package org.shield.application.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.audit.AuditQuery;
import org.shield.application.casefile.AddNoteCommand;
import org.shield.application.casefile.AddPartyCommand;
import org.shield.application.casefile.CaseDetails;
import org.shield.application.casefile.CaseQuery;
import org.shield.application.casefile.CreateCaseCommand;
import org.shield.application.casefile.PartySummary;
import org.shield.application.casefile.UpdateCaseCommand;
import org.shield.application.common.AccessDeniedException;
import org.shield.application.common.ApplicationException;
import org.shield.application.common.CancellationToken;
import org.shield.application.common.ProgressListener;
import org.shield.application.party.SaveOrganisationCommand;
import org.shield.application.party.SavePersonCommand;
import org.shield.application.evidence.AddExhibitCommand;
import org.shield.application.interview.SaveInterviewCommand;
import org.shield.application.screening.RecordScreeningCommand;
import org.shield.application.security.VaultService;
import org.shield.domain.screening.Answer;
import org.shield.domain.screening.ExploitationForm;
import org.shield.domain.screening.Population;
import org.shield.domain.evidence.ExhibitFlags;
import org.shield.domain.evidence.ExhibitType;
import org.shield.domain.interview.InterviewKind;
import org.shield.application.security.Workspace;
import org.shield.domain.audit.AuditAction;
import org.shield.domain.casefile.CaseStatus;
import org.shield.domain.casefile.PartyRole;
import org.shield.domain.party.OrganisationType;
import org.shield.domain.security.Role;
import org.shield.testing.TestVaults;

/**
 * The permission matrix of docs/PERMISSIONS.md, cell by cell, through the services of a real vault:
 * one user per role, each trying every protected action on a case of their unit where an investigator
 * leads and a victim is referred to a caseworker. "Allowed" means the service did not refuse access
 * (some calls are given a stale version on purpose, so an allowed one ends in a conflict and changes
 * nothing); "denied" means {@link AccessDeniedException}. The expected table is written out here, not
 * read from {@code AccessPolicy}, so a change to the policy has to be made in both places.
 */
class PermissionMatrixIT {
    private static final char[] PASS = "synthetic matrix passphrase 7".toCharArray();
    private static final String UNIT = "TST";

    @TempDir
    static Path dir;
    static VaultService vaults;
    static UUID caseId;
    static UUID closedCaseId;
    static long closedCaseVersion;
    static UUID victimPersonId;
    static UUID victimPartyId;
    static String victimPseudonym;
    static UUID suspectPersonId;
    static UUID pendingApprovalId;
    static UUID interviewId;
    static UUID sensitiveExhibitId;
    static UUID shelterId;

    /** The actions, in the order of docs/PERMISSIONS.md. */
    enum Action {
        CASE_VIEW, CASE_LIST, CASE_READ_INVESTIGATION, CASE_CREATE, CASE_EDIT, CASE_DELETE, CASE_ASSIGN,
        CASE_REQUEST_CLOSURE, PARTY_VIEW_PROTECTED, PARTY_ADD, PARTY_REFER, PERSON_SEARCH, PERSON_VIEW,
        PERSON_EDIT, IDENTITY_REVEAL, APPROVAL_DECIDE, USER_MANAGE, AUDIT_VIEW, AUDIT_VERIFY, RECORD_HISTORY,
        VAULT_BACKUP, ORGANISATION_VIEW, ORGANISATION_EDIT, INTERVIEW_VIEW, INTERVIEW_RECORD,
        INTERVIEW_COUNTERSIGN, EVIDENCE_VIEW, EVIDENCE_RECORD, EVIDENCE_OPEN_SENSITIVE, EVIDENCE_EXPORT,
        EVIDENCE_VERIFY, SCREENING_VIEW, SCREENING_RECORD, CARE_VIEW, CARE_RECORD, CARE_NOTE_VIEW, CARE_NOTE_RECORD,
        CASE_REOPEN
    }

    /** Expected: Y allowed, N denied; columns in {@link Action} order. */
    private static final Map<Role, String> EXPECTED = new LinkedHashMap<>();

    static {
        //                                 V L R C E D A Q P + F S W P I X U A V H B O O i r c v e s x y k K w W n N R
        EXPECTED.put(Role.Investigator, "Y Y Y Y Y N N Y Y Y Y Y Y Y Y N N N N Y N Y Y Y Y N Y Y Y Y Y Y Y N N N N N");
        EXPECTED.put(Role.Caseworker, "Y Y N N N N N N Y N N Y N N Y N N N N N N Y Y Y Y N N N N N N Y Y Y Y Y Y N");
        EXPECTED.put(Role.Administrator, "N N N N N N N N N N N N N N N N Y N Y N Y N N N N N N N N N Y N N N N N N N");
        EXPECTED.put(Role.Auditor, "N N N N N N N N N N N N N N N N N Y Y Y N N N N N N N N N N Y N N N N N N N");
        EXPECTED.put(Role.Supervisor, "Y Y Y Y Y Y Y Y Y Y Y Y Y Y Y Y N Y Y Y Y Y Y Y Y Y Y Y Y Y Y Y Y Y Y N N Y");
    }

    @BeforeAll
    static void setUp() throws Exception {
        vaults = TestVaults.vaults();
        try (Workspace admin = TestVaults.create(dir.resolve("v"))) {
            for (Role r : EXPECTED.keySet()) {
                admin.users().add(userOf(r), UNIT, Set.of(r), PASS, false);
            }
            admin.users().add("inv-elsewhere", UNIT, Set.of(Role.Investigator), PASS, false);
            admin.users().add("sup-elsewhere", "OTH", Set.of(Role.Supervisor), PASS, false);
            admin.users().add("cw-elsewhere", UNIT, Set.of(Role.Caseworker), PASS, false);
            CaseDetails c = admin.cases().create(new CreateCaseCommand("DEMO matrix case", null, Set.of(), UNIT,
                    userOf(Role.Investigator), null, "DEMO summary", null, Set.of()));
            caseId = c.id();
            victimPersonId = admin.persons().save(SavePersonCommand.newPerson(null, "Demo-Matrix Victim")).id();
            suspectPersonId = admin.persons().save(SavePersonCommand.newPerson(null, "Demo-Matrix Suspect")).id();
            PartySummary victim = admin.cases().addParty(new AddPartyCommand(caseId, victimPersonId,
                    PartyRole.Victim, null, null));
            victimPartyId = victim.partyId();
            victimPseudonym = victim.pseudonym();
            admin.cases().addParty(new AddPartyCommand(caseId, suspectPersonId, PartyRole.Suspect, null, null));
            admin.cases().referParty(victimPartyId, userOf(Role.Caseworker));
            CaseDetails closed = admin.cases().create(new CreateCaseCommand("DEMO closed matrix case",
                    CaseStatus.Closed, Set.of(), UNIT, userOf(Role.Investigator), null, null, null, Set.of()));
            closedCaseId = closed.id();
            closedCaseVersion = closed.version();
            pendingApprovalId = admin.approvals().requestClosure(caseId, CaseStatus.Closed,
                    "DEMO reason: investigation complete").id();
            interviewId = admin.interviews().save(interview(InterviewKind.Witness)).id();
            shelterId = admin.organisations().save(new SaveOrganisationCommand(null, 0, "DEMO Matrix Shelter Home",
                    OrganisationType.NGO, null, null)).id();
            java.nio.file.Path content = dir.resolve("sensitive.bin");
            java.nio.file.Files.writeString(content, "DEMO sensitive exhibit content");
            sensitiveExhibitId = admin.evidence().add(new AddExhibitCommand(caseId, ExhibitType.Digital, null,
                    "DEMO sensitive exhibit", null, null, new ExhibitFlags(true, true, false), null, null, null, null,
                    content, false), ProgressListener.NONE, new CancellationToken()).id();
        }
    }

    private static Workspace open;
    private static String openUser;

    @AfterAll
    static void closeTheLastWorkspace() {
        if (open != null) {
            open.close();
        }
    }

    private static String userOf(Role r) {
        return "only-" + r.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** One unlocked workspace at a time, kept across the cells of one role (an unlock costs a database open). */
    private static Workspace as(String user) throws ApplicationException {
        if (!user.equals(openUser)) {
            closeTheLastWorkspace();
            open = null;
            open = vaults.unlock(dir.resolve("v"), user, PASS);
            openUser = user;
        }
        return open;
    }

    private static SaveInterviewCommand interview(InterviewKind kind) {
        return new SaveInterviewCommand(null, 0, caseId, victimPersonId, kind, null, null, null, 999);
    }

    private static void attempt(Workspace ws, Action a) throws ApplicationException {
        switch (a) {
            case CASE_VIEW -> ws.cases().get(caseId);
            case CASE_LIST -> listReads(ws);
            case CASE_READ_INVESTIGATION -> ws.cases().notes(caseId);
            case CASE_CREATE -> ws.cases().create(CreateCaseCommand.titled("DEMO created in matrix"));
            case CASE_EDIT -> ws.cases().addNote(new AddNoteCommand(caseId, "DEMO note from matrix", null));
            case CASE_DELETE -> expectConflict(() -> ws.cases().delete(caseId, -1, "DEMO stale delete"));
            case CASE_ASSIGN -> expectConflict(() -> ws.cases().assignTeam(caseId, -1, userOf(Role.Investigator),
                    Set.of()));
            case CASE_REQUEST_CLOSURE -> {
                try {
                    ws.approvals().requestClosure(caseId, CaseStatus.Closed, "DEMO reason from matrix");
                } catch (org.shield.application.common.ValidationException alreadyPending) {
                    assertThat(alreadyPending.userMessage().key()).isEqualTo("approval.alreadyPending");
                }
            }
            case PARTY_VIEW_PROTECTED -> assertThat(ws.cases().parties(caseId))
                    .anyMatch(p -> p.partyId().equals(victimPartyId));
            case PARTY_ADD -> ws.cases().addParty(new AddPartyCommand(caseId, suspectPersonId, PartyRole.Other,
                    null, null));
            case PARTY_REFER -> ws.cases().referParty(victimPartyId, userOf(Role.Caseworker));
            case PERSON_SEARCH -> ws.persons().search("Demo-Matrix");
            case PERSON_VIEW -> ws.persons().get(suspectPersonId);
            case PERSON_EDIT -> ws.persons().save(SavePersonCommand.newPerson(null, "Demo-Matrix New"));
            case IDENTITY_REVEAL -> ws.persons().reveal(victimPersonId, "DEMO purpose: matrix test reveal");
            case APPROVAL_DECIDE -> expectConflict(() -> ws.approvals().approve(pendingApprovalId, -1, null));
            case USER_MANAGE -> ws.users().list();
            case AUDIT_VIEW -> ws.audit().page(AuditQuery.all(), 0, 10);
            case AUDIT_VERIFY -> assertThat(ws.audit().verify(false, ProgressListener.NONE, new CancellationToken())
                    .intact()).isTrue();
            case RECORD_HISTORY -> ws.audit().history(caseId);
            case VAULT_BACKUP -> vaults.backup(ws, dir.resolve("backup-" + UUID.randomUUID() + ".shieldbak"),
                    ProgressListener.NONE);
            case ORGANISATION_VIEW -> ws.organisations().findByName("DEMO");
            case ORGANISATION_EDIT -> ws.organisations().save(new SaveOrganisationCommand(null, 0,
                    "DEMO Matrix Shelter", OrganisationType.NGO, null, null));
            case INTERVIEW_VIEW -> ws.interviews().list(caseId);
            case INTERVIEW_RECORD -> ws.interviews().save(interview(InterviewKind.MdtIdentification));
            case INTERVIEW_COUNTERSIGN -> expectConflict(() -> ws.interviews().countersign(interviewId, -1));
            case EVIDENCE_VIEW -> ws.evidence().list(caseId);
            case EVIDENCE_RECORD -> ws.evidence().add(new AddExhibitCommand(caseId, ExhibitType.Physical, null,
                    "DEMO matrix exhibit", null, null, null, null, null, null, null, null, false),
                    ProgressListener.NONE, new CancellationToken());
            case EVIDENCE_OPEN_SENSITIVE -> {
                try (var opened = ws.evidence().open(sensitiveExhibitId, "DEMO purpose: matrix test view")) {
                    assertThat(opened.content().readAllBytes()).isNotEmpty();
                } catch (java.io.IOException e) {
                    throw new AssertionError(e);
                }
            }
            case EVIDENCE_EXPORT -> ws.evidence().exportDisclosure(caseId, dir.resolve("disclosure-" + UUID.randomUUID()),
                    "DEMO purpose: matrix disclosure", ProgressListener.NONE, new CancellationToken());
            case EVIDENCE_VERIFY -> assertThat(ws.evidence().verify(caseId, ProgressListener.NONE,
                    new CancellationToken()).allIntact()).isTrue();
            case SCREENING_VIEW -> ws.screening().history(caseId, victimPersonId);
            case SCREENING_RECORD -> ws.screening().record(new RecordScreeningCommand(caseId, victimPersonId,
                    Population.Adult, ExploitationForm.Labour, null, "DEMO matrix screening", List.of(
                    new RecordScreeningCommand.Item(ws.screening().checklist(Population.Adult, ExploitationForm.Labour)
                            .get(0).code(), Answer.Unknown, null, null, null))));
            case CARE_VIEW -> ws.care().stays(caseId, victimPersonId);
            case CARE_RECORD -> {
                try {
                    ws.care().admit(caseId, victimPersonId, shelterId, java.time.LocalDate.now(java.time.ZoneOffset.UTC),
                            null);
                } catch (org.shield.application.common.ValidationException alreadyIn) {
                    assertThat(alreadyIn.userMessage().key()).isEqualTo("care.alreadyInShelter");
                }
            }
            case CARE_NOTE_VIEW -> ws.careNotes().notes(caseId, victimPersonId);
            case CARE_NOTE_RECORD -> ws.careNotes().write(caseId, victimPersonId,
                    org.shield.domain.care.CareNoteKind.Counselling, "DEMO counselling note from matrix");
            case CASE_REOPEN -> {
                // the reopening itself: run last, by the supervisor, because it changes the case
                CaseDetails d = ws.cases().get(closedCaseId);
                UpdateCaseCommand u = UpdateCaseCommand.from(d);
                ws.cases().update(new UpdateCaseCommand(u.id(), u.version(), u.title(), CaseStatus.Active, null,
                        null, u.exploitationTypes(), u.unitCode(), u.leadInvestigator(), u.openedOn(), u.summary(),
                        u.sensitivity(), u.tags()));
            }
            default -> throw new IllegalStateException(a.name());
        }
    }

    private interface Call {
        void run() throws ApplicationException;
    }

    /**
     * The list screen reads a page's rows and their total apart (ADR 0108), the CLI both at once: each read is allowed
     * or denied on its own, and all three alike.
     */
    private static void listReads(Workspace ws) throws ApplicationException {
        List<Throwable> failures = new ArrayList<>();
        for (Call read : List.<Call>of(
                () -> assertThat(ws.cases().page(CaseQuery.all(), 0, 50).items()).anyMatch(s -> s.id().equals(caseId)),
                () -> assertThat(ws.cases().pageRows(CaseQuery.all(), 0, 50)).anyMatch(s -> s.id().equals(caseId)),
                () -> assertThat(ws.cases().countMatching(CaseQuery.all())).isPositive())) {
            try {
                read.run();
            } catch (AccessDeniedException | AssertionError e) {
                failures.add(e);
            }
        }
        if (failures.isEmpty()) {
            return;
        }
        if (failures.size() == 3 && failures.stream().allMatch(AccessDeniedException.class::isInstance)) {
            throw (AccessDeniedException) failures.get(0);
        }
        AssertionError differ = new AssertionError("the list's three reads must be allowed or denied alike");
        failures.forEach(differ::addSuppressed);
        throw differ;
    }

    private static void expectConflict(Call c) throws ApplicationException {
        try {
            c.run();
        } catch (org.shield.application.common.ConflictException stale) {
            return; // allowed, and nothing changed
        }
        throw new AssertionError("a stale version must be a conflict");
    }

    @TestFactory
    Stream<DynamicNode> everyRoleTimesEveryProtectedAction() {
        List<DynamicNode> rows = new ArrayList<>();
        for (Map.Entry<Role, String> row : EXPECTED.entrySet()) {
            String[] cells = row.getValue().split(" ");
            assertThat(cells).hasSize(Action.values().length);
            List<DynamicNode> tests = new ArrayList<>();
            for (Action a : Action.values()) {
                boolean allowed = cells[a.ordinal()].equals("Y");
                tests.add(dynamicTest(a + (allowed ? " allowed" : " denied"), () -> {
                    Workspace ws = as(userOf(row.getKey()));
                    if (allowed) {
                        attempt(ws, a);
                    } else {
                        assertThatThrownBy(() -> attempt(ws, a)).isInstanceOf(AccessDeniedException.class);
                    }
                }));
            }
            rows.add(DynamicContainer.dynamicContainer(row.getKey().name(), tests));
        }
        return rows.stream();
    }

    @Test
    void needToKnowFollowsTheCaseNotTheRole() throws Exception {
        {
            Workspace ws = as("inv-elsewhere");
            assertThatThrownBy(() -> ws.cases().get(caseId)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> ws.persons().reveal(victimPersonId, "DEMO purpose: not my case"))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(ws.cases().page(CaseQuery.all(), 0, 50).items()).noneMatch(s -> s.id().equals(caseId));
            assertThat(ws.cases().pageRows(CaseQuery.all(), 0, 50)).noneMatch(s -> s.id().equals(caseId));
        }
        {
            Workspace ws = as("sup-elsewhere");
            assertThatThrownBy(() -> ws.cases().get(caseId)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> ws.approvals().approve(pendingApprovalId, -1, null))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(ws.approvals().pending()).isEmpty();
        }
        {
            Workspace ws = as("cw-elsewhere");
            assertThatThrownBy(() -> ws.cases().get(caseId)).isInstanceOf(AccessDeniedException.class);
            assertThat(ws.persons().search("Demo-Matrix")).isEmpty();
        }
        {
            Workspace ws = as(userOf(Role.Caseworker));
            assertThat(ws.cases().parties(caseId)).extracting(PartySummary::partyId).containsExactly(victimPartyId);
            assertThat(ws.cases().get(caseId).summary()).isNull();
            assertThat(ws.persons().search("Demo-Matrix")).extracting(p -> p.id()).containsExactly(victimPersonId);
        }
    }

    @Test
    void careNotesAreTheReferredCaseworkersAloneAndEveryRefusalIsRecorded() throws Exception {
        for (String user : List.of("cw-elsewhere", "inv-elsewhere", "sup-elsewhere", userOf(Role.Supervisor),
                userOf(Role.Investigator))) {
            Workspace ws = as(user);
            assertThat(ws.careNotes().mayRead(caseId, victimPersonId)).as(user).isFalse();
            assertThatThrownBy(() -> ws.careNotes().notes(caseId, victimPersonId)).as(user)
                    .isInstanceOf(AccessDeniedException.class)
                    .satisfies(e -> assertThat(((AccessDeniedException) e).userMessage().key())
                            .isEqualTo("careNote.caseworkersOnly"));
        }
        var denied = as(userOf(Role.Supervisor)).audit().page(new AuditQuery(userOf(Role.Supervisor), null,
                AuditAction.AccessDenied, null, null), 0, 50);
        assertThat(denied.items()).anySatisfy(r -> {
            assertThat(r.recordType()).isEqualTo("CareNote");
            assertThat(r.changes()).anySatisfy(c -> assertThat(c.newValue()).isEqualTo("CARE_NOTE_VIEW"));
        });
        assertThat(as(userOf(Role.Caseworker)).careNotes().mayRead(caseId, victimPersonId)).isTrue();
    }

    @Test
    void aProtectedPersonCannotBeRevealedByAddingThemToOnesOwnCase() throws Exception {
        Workspace ws = as("inv-elsewhere");
        String pseudonym = ws.persons().search("Demo-Matrix Victim").stream().map(p -> p.pseudonym())
                .findFirst().orElse(null);
        assertThat(pseudonym).as("a name search does not tell who is protected").isNull();
        boolean byPseudonym = ws.persons().search(victimPseudonym).stream().anyMatch(p -> p.id().equals(victimPersonId));
        CaseDetails mine = ws.cases().create(CreateCaseCommand.titled("DEMO my own case"));
        assertThatThrownBy(() -> ws.cases().addParty(new AddPartyCommand(mine.id(), victimPersonId,
                PartyRole.Witness, null, null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> ws.persons().reveal(victimPersonId, "DEMO purpose: through my own case"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(byPseudonym).as("found by pseudonym, which says nothing new").isTrue();
    }

    @Test
    void theTrailViewerShowsHandlingNotContent() throws Exception {
        Workspace ws = as(userOf(Role.Auditor));
        var created = ws.audit().page(new AuditQuery(null, caseId, AuditAction.Create, null, null), 0, 10);
        assertThat(created.items()).isNotEmpty();
        assertThat(created.items().get(0).changes()).anySatisfy(c -> {
            assertThat(c.field()).isEqualTo("title");
            assertThat(c.newValue()).isEqualTo(org.shield.application.security.AuditService.MASK);
        }).anySatisfy(c -> {
            assertThat(c.field()).isEqualTo("status");
            assertThat(c.newValue()).isEqualTo("Active");
        });
    }

    @Test
    void aCaseHistoryHoldsItsPartsWithValuesForTheTeamOnly() throws Exception {
        var team = as(userOf(Role.Investigator)).audit().history(caseId);
        assertThat(team).anySatisfy(r -> assertThat(r.recordType()).isEqualTo("CaseParty"))
                .anySatisfy(r -> assertThat(r.changes()).anySatisfy(c -> {
                    assertThat(c.field()).isEqualTo("title");
                    assertThat(c.newValue()).isEqualTo("DEMO matrix case");
                }));
        var auditor = as(userOf(Role.Auditor)).audit().history(caseId);
        assertThat(auditor).hasSameSizeAs(team);
        assertThat(auditor).flatExtracting(r -> r.changes()).filteredOn(c -> c.field().equals("title"))
                .allSatisfy(c -> assertThat(c.newValue()).isIn(org.shield.application.security.AuditService.MASK, null));
    }

    @Test
    void anAdministratorDoesNotGrantThemselvesRoles() throws Exception {
        Workspace ws = as(userOf(Role.Administrator));
        assertThatThrownBy(() -> ws.users().change(userOf(Role.Administrator), UNIT,
                Set.of(Role.Administrator, Role.Supervisor)))
                .isInstanceOf(org.shield.application.common.ValidationException.class);
    }

    @Test
    void aDeniedAttemptIsRecordedEvenThoughNothingElseIs() throws Exception {
        {
            Workspace ws = as(userOf(Role.Auditor));
            assertThatThrownBy(() -> ws.cases().get(caseId)).isInstanceOf(AccessDeniedException.class);
            var denied = ws.audit().page(new AuditQuery(userOf(Role.Auditor), caseId, AuditAction.AccessDenied,
                    null, null), 0, 10);
            assertThat(denied.total()).isPositive();
            assertThat(denied.items().get(0).changes()).anySatisfy(ch -> {
                assertThat(ch.field()).isEqualTo("permission");
                assertThat(ch.newValue()).isEqualTo("CASE_VIEW");
            });
        }
    }
}
