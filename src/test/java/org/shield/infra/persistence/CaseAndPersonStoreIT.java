package org.shield.infra.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.casefile.AddNoteCommand;
import org.shield.application.casefile.AddPartyCommand;
import org.shield.application.casefile.CaseDetails;
import org.shield.application.casefile.CaseQuery;
import org.shield.application.casefile.CaseSummary;
import org.shield.application.casefile.CreateCaseCommand;
import org.shield.application.casefile.RecordEventCommand;
import org.shield.application.casefile.UpdateCaseCommand;
import org.shield.application.common.ConflictException;
import org.shield.application.common.Page;
import org.shield.application.common.ValidationException;
import org.shield.application.party.PersonDetails;
import org.shield.application.party.PersonDetails.AliasData;
import org.shield.application.party.PersonDetails.ContactData;
import org.shield.application.party.PersonDetails.DocumentData;
import org.shield.application.party.PersonSummary;
import org.shield.application.party.SavePersonCommand;
import org.shield.application.security.Workspace;
import org.shield.domain.casefile.CaseStatus;
import org.shield.domain.casefile.ExploitationType;
import org.shield.domain.casefile.PartyRole;
import org.shield.domain.casefile.TraffickingEventType;
import org.shield.domain.party.ContactType;
import org.shield.domain.party.DocumentType;
import org.shield.domain.party.NameKind;
import org.shield.testing.TestVaults;

/** Real Hibernate on an encrypted H2 file. */
class CaseAndPersonStoreIT {
    @TempDir
    Path dir;
    Workspace ws;

    @BeforeEach
    void open() throws Exception {
        ws = TestVaults.create(dir.resolve("vault"));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private CaseDetails newCase(String title, ExploitationType type) throws Exception {
        return ws.cases().create(new CreateCaseCommand(title, null, Set.of(type), null, null,
                LocalDate.of(2026, 3, 1), null, null, Set.of("demo")));
    }

    @Test
    void caseNumbersAreUnitYearDeviceAndSequence() throws Exception {
        CaseDetails a = newCase("DEMO one", ExploitationType.ForcedLabour);
        CaseDetails b = newCase("DEMO two", ExploitationType.ForcedLabour);
        assertThat(a.caseNumber()).matches("TST-2026-[0-9A-Z]{4}-00001");
        assertThat(b.caseNumber()).isEqualTo(a.caseNumber().replace("00001", "00002"));
    }

    @Test
    void caseListPagesFiltersAndSorts() throws Exception {
        for (int i = 0; i < 12; i++) {
            newCase("DEMO list " + i, i % 3 == 0 ? ExploitationType.ForcedCriminalityOnlineScam
                    : ExploitationType.SexualExploitation);
        }
        Page<CaseSummary> first = ws.cases().page(CaseQuery.all().sortedBy(CaseQuery.CaseSort.TITLE, true), 0, 5);
        assertThat(first.total()).isEqualTo(12);
        assertThat(first.items()).hasSize(5).first().extracting(CaseSummary::title).isEqualTo("DEMO list 0");
        Page<CaseSummary> scams = ws.cases().page(new CaseQuery(null, Set.of(), ExploitationType.ForcedCriminalityOnlineScam,
                null, null, null, null, true), 0, 50);
        assertThat(scams.total()).isEqualTo(4);
        assertThat(scams.items()).allMatch(c -> c.exploitationTypes().contains(ExploitationType.ForcedCriminalityOnlineScam));
        assertThat(ws.cases().page(CaseQuery.all().withText("list 1"), 0, 50).items())
                .extracting(CaseSummary::title).containsExactlyInAnyOrder("DEMO list 1", "DEMO list 10", "DEMO list 11");
        assertThat(ws.cases().page(CaseQuery.all().withText("100%_"), 0, 50).total()).isZero();
    }

    @Test
    void deletedCasesLeaveListsAndCountsButStayStored() throws Exception {
        CaseDetails keep = newCase("DEMO keep", ExploitationType.ForcedLabour);
        CaseDetails gone = newCase("DEMO gone", ExploitationType.ForcedLabour);
        assertThatThrownBy(() -> ws.cases().delete(gone.id(), gone.version(), " "))
                .isInstanceOf(ValidationException.class);
        ws.cases().delete(gone.id(), gone.version(), "Opened twice by mistake (DEMO)");
        Page<CaseSummary> all = ws.cases().page(CaseQuery.all(), 0, 50);
        assertThat(all.total()).isEqualTo(1);
        assertThat(all.items()).extracting(CaseSummary::id).containsExactly(keep.id());
        assertThat(ws.cases().page(CaseQuery.all().withText("DEMO"), 0, 50).total()).isEqualTo(1);
        assertThat(ws.cases().count()).isEqualTo(1);
        assertThatThrownBy(() -> ws.cases().get(gone.id()))
                .isInstanceOf(org.shield.application.common.NotFoundException.class);
        ws.verify(org.shield.application.common.ProgressListener.NONE); // the tombstone row is still there
    }

    @Test
    void staleSaveIsAConflictAndKeepsTheStoredVersion() throws Exception {
        CaseDetails loaded = newCase("DEMO conflict", ExploitationType.ForcedLabour);
        UpdateCaseCommand mine = UpdateCaseCommand.from(loaded);
        ws.cases().update(new UpdateCaseCommand(loaded.id(), loaded.version(), "DEMO changed elsewhere", CaseStatus.Active,
                null, null, loaded.exploitationTypes(), loaded.unitCode(), loaded.leadInvestigator(), loaded.openedOn(),
                null, loaded.sensitivity(), loaded.tags()));
        assertThatThrownBy(() -> ws.cases().update(new UpdateCaseCommand(mine.id(), mine.version(), "DEMO my edit",
                CaseStatus.Active, null, null, mine.exploitationTypes(), mine.unitCode(), mine.leadInvestigator(),
                mine.openedOn(), null, mine.sensitivity(), mine.tags())))
                .isInstanceOf(ConflictException.class);
        CaseDetails now = ws.cases().get(loaded.id());
        assertThat(now.title()).isEqualTo("DEMO changed elsewhere");
        assertThat(now.version()).isEqualTo(loaded.version() + 1);
    }

    @Test
    void brokenRuleIsAValidationErrorWithItsKey() throws Exception {
        CaseDetails c = newCase("DEMO rules", ExploitationType.ForcedLabour);
        UpdateCaseCommand base = UpdateCaseCommand.from(c);
        assertThatThrownBy(() -> ws.cases().update(new UpdateCaseCommand(base.id(), base.version(), "  ",
                CaseStatus.Active, null, null, base.exploitationTypes(), base.unitCode(), base.leadInvestigator(),
                base.openedOn(), null, base.sensitivity(), base.tags())))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).userMessage().key())
                        .isEqualTo("case.title.required"));
    }

    @Test
    void closingThroughAnEditIsRefusedUntilASupervisorApproves() throws Exception {
        CaseDetails c = newCase("DEMO closing", ExploitationType.ForcedLabour);
        UpdateCaseCommand base = UpdateCaseCommand.from(c);
        assertThatThrownBy(() -> ws.cases().update(new UpdateCaseCommand(base.id(), base.version(), base.title(),
                CaseStatus.Closed, null, null, base.exploitationTypes(), base.unitCode(), base.leadInvestigator(),
                base.openedOn(), null, base.sensitivity(), base.tags())))
                .isInstanceOf(org.shield.application.common.ApprovalNeededException.class)
                .satisfies(e -> assertThat(((org.shield.application.common.ApprovalNeededException) e).userMessage()
                        .key()).isEqualTo("case.closure.needsApproval"));
        assertThat(ws.cases().get(c.id()).status()).isEqualTo(CaseStatus.Active);
    }

    private PersonDetails syntheticPerson() throws Exception {
        return ws.persons().save(new SavePersonCommand(null, 0, "ทดสอบน้อง สมมติสุข", "Demo-Nong Testsuk", null, null, 30,
                List.of(new AliasData(NameKind.Alias, "Canary Alias-Zed")), Set.of("MM"), Set.of("my"),
                List.of(new DocumentData(DocumentType.Passport, "DEMO-7700001", "MM", null, null)),
                List.of(new ContactData(ContactType.Phone, "+66 2000 77001"))));
    }

    @Test
    void searchFindsByAliasThaiNameDocumentAndPhoneIgnoringCaseMarksAndSpacing() throws Exception {
        PersonDetails p = syntheticPerson();
        for (String q : List.of("canary alias", "CANARYALIAS-ZED", "ทดสอบนอง", "สมมติสุข", "demo-7700001",
                "demo 7700001", "+66200077001", "02000 77001", "testsuk")) {
            assertThat(ws.persons().search(q)).as(q).extracting(PersonSummary::id).containsExactly(p.id());
        }
        assertThat(ws.persons().search("nobody-like-this")).isEmpty();
    }

    @Test
    void searchIndexFollowsEdits() throws Exception {
        PersonDetails p = syntheticPerson();
        SavePersonCommand edit = SavePersonCommand.from(p);
        ws.persons().save(new SavePersonCommand(edit.id(), edit.version(), edit.nameNative(), edit.nameLatin(),
                edit.gender(), null, 30, List.of(new AliasData(NameKind.Nickname, "Renamed-Demo")), edit.citizenships(),
                edit.languages(), edit.documents(), edit.contacts()));
        assertThat(ws.persons().search("canary alias")).isEmpty();
        assertThat(ws.persons().search("renamed demo")).hasSize(1);
    }

    @Test
    void partiesRouteAndAppendOnlyNotesRoundTrip() throws Exception {
        CaseDetails c = newCase("DEMO parts", ExploitationType.ForcedCriminalityOnlineScam);
        PersonDetails p = syntheticPerson();
        ws.cases().addParty(new AddPartyCommand(c.id(), p.id(), PartyRole.Victim, null, null));
        ws.cases().recordEvent(new RecordEventCommand(c.id(), TraffickingEventType.Exploitation, LocalDate.of(2026, 2, 1),
                "DEMO Compound", "MM", null, null, "DEMO"));
        ws.cases().recordEvent(new RecordEventCommand(c.id(), TraffickingEventType.Recruitment, LocalDate.of(2026, 1, 1),
                "DEMO Town", "TH", 13.7, 100.5, "DEMO"));
        var first = ws.cases().addNote(new AddNoteCommand(c.id(), "DEMO first note", null));
        ws.cases().addNote(new AddNoteCommand(c.id(), "DEMO correction", first.id()));

        assertThat(ws.cases().parties(c.id())).singleElement()
                .satisfies(s -> {
                    assertThat(s.personName()).matches("V-\\d{4}-[A-Z0-9]{4}-0001").doesNotContain("Testsuk");
                    assertThat(s.protectedIdentity()).isTrue();
                });
        assertThat(ws.cases().events(c.id())).extracting(e -> e.type())
                .containsExactly(TraffickingEventType.Recruitment, TraffickingEventType.Exploitation);
        assertThat(ws.cases().notes(c.id())).hasSize(2).last()
                .satisfies(n -> assertThat(n.correctsNoteId()).isEqualTo(first.id()));
    }

    @Test
    void newPersonAndTheirPartyAreOneTransaction() throws Exception {
        CaseDetails c = newCase("DEMO atomic", ExploitationType.ForcedLabour);
        SavePersonCommand person = SavePersonCommand.newPerson(null, "Demo-Atomic Person");
        assertThatThrownBy(() -> ws.cases().addNewPersonAsParty(person, c.id(), null, null, null))
                .isInstanceOf(ValidationException.class);
        assertThat(ws.persons().search("Demo-Atomic")).as("no person left behind by the failed add").isEmpty();
        ws.cases().addNewPersonAsParty(person, c.id(), PartyRole.PossibleVictim, null, null);
        assertThat(ws.persons().search("Demo-Atomic")).hasSize(1);
        assertThat(ws.cases().parties(c.id())).singleElement()
                .satisfies(p -> assertThat(p.role()).isEqualTo(PartyRole.PossibleVictim));
    }

    @Test
    void dataSurvivesCloseAndReopen() throws Exception {
        CaseDetails c = newCase("DEMO durable", ExploitationType.ForcedLabour);
        ws.close();
        ws = TestVaults.unlock(dir.resolve("vault"));
        assertThat(ws.cases().get(c.id()).title()).isEqualTo("DEMO durable");
    }
}
