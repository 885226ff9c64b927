package org.shield.infra.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.casefile.CreateCaseCommand;
import org.shield.application.party.PersonDetails;
import org.shield.application.party.PersonDetails.AliasData;
import org.shield.application.party.PersonDetails.ContactData;
import org.shield.application.party.PersonDetails.DocumentData;
import org.shield.application.party.SavePersonCommand;
import org.shield.application.security.Workspace;
import org.shield.domain.casefile.PartyRole;
import org.shield.domain.party.ContactType;
import org.shield.domain.party.DocumentType;
import org.shield.domain.party.NameKind;
import org.shield.testing.HqInProcess;
import org.shield.testing.TwoLaptops;

/**
 * A person's aliases, identity documents and contacts edited on two laptops apart (issue 7, ADR 0020): items are
 * keyed by id, not position, so items added and removed on each laptop all arrive without a conflict, a document's
 * details edited on each laptop merge field by field, and only the same detail changed on both is a conflict. With
 * positions as keys, removing the first alias on one laptop and adding one on the other made conflicts. Synthetic
 * data only.
 */
class PersonListsSyncIT {
    private static final String UNIT = "TST";
    @TempDir
    Path tmp;
    private TwoLaptops two;
    private HqInProcess hq;
    private Workspace a;
    private Workspace b;

    @BeforeEach
    void start() throws Exception {
        two = TwoLaptops.start(tmp);
        hq = two.hq();
        a = two.a();
        b = two.b();
    }

    @AfterEach
    void stop() {
        two.close();
    }

    /** A suspect on a case of the unit, with two aliases, a passport and a phone, held by both laptops. */
    private UUID aPersonBothHold() throws Exception {
        UUID caseId = a.cases().create(new CreateCaseCommand("DEMO shared case", null, Set.of(), UNIT, null, null,
                "DEMO summary", null, Set.of())).id();
        UUID person = a.cases().addNewPersonAsParty(new SavePersonCommand(null, 0, null, "Demo-Test Suspect", null,
                null, null, List.of(alias("DEMO alias one"), alias("DEMO alias two")), Set.of(), Set.of(),
                List.of(new DocumentData(DocumentType.Passport, "DEMO000001", "TH", LocalDate.of(2024, 1, 1),
                        LocalDate.of(2034, 1, 1))),
                List.of(new ContactData(ContactType.Phone, "+66800000001"))), caseId, PartyRole.Suspect, null,
                null).personId();
        a.sync().syncNow();
        assertThat(b.sync().syncNow().keptBack()).isZero();
        assertThat(b.persons().get(person).aliases()).hasSize(2);
        return person;
    }

    private static AliasData alias(String text) {
        return new AliasData(NameKind.Alias, text);
    }

    private static void edit(Workspace ws, UUID person, UnaryOperator<SavePersonCommand> change) throws Exception {
        ws.persons().save(change.apply(SavePersonCommand.from(ws.persons().get(person))));
    }

    private static SavePersonCommand aliases(SavePersonCommand c, List<AliasData> aliases) {
        return new SavePersonCommand(c.id(), c.version(), c.nameNative(), c.nameLatin(), c.gender(), c.dateOfBirth(),
                c.estimatedAge(), aliases, c.citizenships(), c.languages(), c.documents(), c.contacts());
    }

    private static SavePersonCommand documents(SavePersonCommand c, List<DocumentData> documents) {
        return new SavePersonCommand(c.id(), c.version(), c.nameNative(), c.nameLatin(), c.gender(), c.dateOfBirth(),
                c.estimatedAge(), c.aliases(), c.citizenships(), c.languages(), documents, c.contacts());
    }

    private static SavePersonCommand contacts(SavePersonCommand c, List<ContactData> contacts) {
        return new SavePersonCommand(c.id(), c.version(), c.nameNative(), c.nameLatin(), c.gender(), c.dateOfBirth(),
                c.estimatedAge(), c.aliases(), c.citizenships(), c.languages(), c.documents(), contacts);
    }

    private void syncAll() throws Exception {
        a.sync().syncNow();
        b.sync().syncNow();
        a.sync().syncNow();
    }

    /**
     * The search keys are derived data each laptop rebuilds for the persons a pull touched: a person made on one
     * laptop is found on the other by name, alias, document and phone, and an alias changed on one changes what finds
     * the person on the other. Several persons in one page, so that each one's keys are its own.
     */
    @Test
    void aPulledPersonIsFoundByWhatTheOtherLaptopSaved() throws Exception {
        UUID person = aPersonBothHold();
        UUID caseId = a.cases().create(new CreateCaseCommand("DEMO second case", null, Set.of(), UNIT, null, null,
                "DEMO summary", null, Set.of())).id();
        UUID other = a.cases().addNewPersonAsParty(new SavePersonCommand(null, 0, null, "Demo-Test Witness", null,
                null, null, List.of(alias("DEMO nickname")), Set.of(), Set.of(), List.of(), List.of()), caseId,
                PartyRole.Witness, null, null).personId();
        syncAll();
        assertThat(b.persons().search("Demo-Test Suspect")).extracting(s -> s.id()).contains(person);
        assertThat(b.persons().search("DEMO alias one")).extracting(s -> s.id()).containsExactly(person);
        assertThat(b.persons().search("DEMO000001")).extracting(s -> s.id()).containsExactly(person);
        assertThat(b.persons().search("66800000001")).extracting(s -> s.id()).containsExactly(person);
        assertThat(b.persons().search("DEMO nickname")).extracting(s -> s.id()).containsExactly(other);

        edit(a, person, c -> aliases(c, List.of(alias("DEMO alias renamed"))));
        syncAll();

        assertThat(b.persons().search("DEMO alias renamed")).extracting(s -> s.id()).containsExactly(person);
        assertThat(b.persons().search("DEMO alias one")).isEmpty();
        assertThat(b.persons().search("Demo-Test Suspect")).extracting(s -> s.id()).contains(person);
        assertThat(b.persons().search("DEMO nickname")).extracting(s -> s.id()).containsExactly(other);
    }

    @Test
    void itemsAddedAndRemovedOnTwoLaptopsApartAllArriveWithoutAConflict() throws Exception {
        UUID person = aPersonBothHold();
        edit(a, person, c -> aliases(c, List.of(alias("DEMO alias two"), alias("DEMO alias by A"))));
        edit(b, person, c -> {
            List<AliasData> more = new ArrayList<>(c.aliases());
            more.remove(alias("DEMO alias two"));
            more.add(alias("DEMO alias by B"));
            List<ContactData> contacts = new ArrayList<>(c.contacts());
            contacts.add(0, new ContactData(ContactType.Email, "demo-b@example.invalid"));
            return contacts(aliases(c, more), contacts);
        });

        syncAll();

        for (Workspace ws : new Workspace[] {a, b}) {
            PersonDetails d = ws.persons().get(person);
            assertThat(d.aliases()).extracting(AliasData::text)
                    .containsExactlyInAnyOrder("DEMO alias by A", "DEMO alias by B");
            assertThat(d.contacts()).extracting(ContactData::value)
                    .containsExactlyInAnyOrder("+66800000001", "demo-b@example.invalid");
            assertThat(ws.sync().status().conflicts()).isZero();
        }
        assertThat(hq.count("SELECT COUNT(*) FROM hq_conflict")).isZero();
        assertThat(a.persons().get(person).aliases()).as("the same order on both laptops")
                .isEqualTo(b.persons().get(person).aliases());
    }

    @Test
    void aDocumentsDetailsMergeFieldByFieldAndTheSameDetailOnBothIsOneConflict() throws Exception {
        UUID person = aPersonBothHold();
        edit(a, person, c -> documents(c, List.of(new DocumentData(DocumentType.Passport, "DEMO000001", "TH",
                LocalDate.of(2024, 1, 1), LocalDate.of(2035, 6, 30)))));
        edit(b, person, c -> documents(c, List.of(new DocumentData(DocumentType.Passport, "DEMO000001", "TH",
                LocalDate.of(2024, 2, 2), LocalDate.of(2034, 1, 1)))));
        syncAll();

        for (Workspace ws : new Workspace[] {a, b}) {
            assertThat(ws.persons().get(person).documents()).containsExactly(new DocumentData(DocumentType.Passport,
                    "DEMO000001", "TH", LocalDate.of(2024, 2, 2), LocalDate.of(2035, 6, 30)));
            assertThat(ws.sync().status().conflicts()).isZero();
        }

        edit(a, person, c -> documents(c, List.of(new DocumentData(DocumentType.Passport, "DEMO000001", "TH",
                LocalDate.of(2024, 2, 2), LocalDate.of(2036, 1, 1)))));
        edit(b, person, c -> documents(c, List.of(new DocumentData(DocumentType.Passport, "DEMO000001", "TH",
                LocalDate.of(2024, 2, 2), LocalDate.of(2037, 1, 1)))));
        syncAll();

        assertThat(hq.count("SELECT COUNT(*) FROM hq_conflict WHERE resolved_at IS NULL")).isEqualTo(1);
        assertThat(hq.count("SELECT COUNT(*) FROM hq_conflict WHERE col = 'expires_on'")).isEqualTo(1);
        assertThat(a.sync().status().conflicts()).isEqualTo(1);
        assertThat(b.sync().status().conflicts()).isEqualTo(1);
        assertThat(a.persons().get(person).documents()).hasSize(1);
        assertThat(b.persons().get(person).documents()).hasSize(1);
    }
}
