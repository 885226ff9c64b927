package org.shield.domain.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shield.domain.common.DomainRuleViolation;

class PersonTest {
    private static final Instant NOW = Instant.parse("2026-11-28T00:00:00Z");

    private static Person person() {
        return new Person("ทดสอบบัว สมมติสุข", "Demo-Bua Testsuk", "tester", NOW);
    }

    @Test
    void needsAtLeastOneName() {
        assertThatThrownBy(() -> new Person(" ", null, "tester", NOW))
                .isInstanceOf(DomainRuleViolation.class).hasMessage("person.name.required");
    }

    @Test
    void searchKeysCoverNamesWordsAliasesDocumentsAndPhones() {
        Person p = person();
        p.setAliases(List.of(new PersonAlias(NameKind.Nickname, "Demo-Nui")));
        p.setDocuments(List.of(new IdentityDocument(DocumentType.Passport, "DEMO 0001", "TH", null, null)));
        p.setContacts(List.of(new ContactIdentifier(ContactType.Phone, "+66 81 000 0001")));
        assertThat(p.searchKeys()).contains("demobuatestsuk", "testsuk", "demonui", "demo0001", "66810000001",
                "~10000001866", SearchFolding.fold("สมมติสุข"));
    }

    @Test
    void phoneMustBeE164() {
        assertThatThrownBy(() -> new ContactIdentifier(ContactType.Phone, "081 234 5678"))
                .hasMessage("person.contact.phone.e164");
        assertThat(new ContactIdentifier(ContactType.Phone, "0066-81-234-5678").getValue()).isEqualTo("+66812345678");
    }

    @Test
    void birthDateAndEstimatedAgeAreExclusive() {
        Person p = person();
        assertThatThrownBy(() -> p.setAge(LocalDate.of(2000, 1, 1), 25, LocalDate.of(2026, 1, 1)))
                .hasMessage("person.age.birthOrEstimate");
    }

    @Test
    void rejectsUnknownCountryAndLanguageCodes() {
        Person p = person();
        assertThatThrownBy(() -> p.setCitizenships(List.of("XX"))).hasMessage("country.invalid");
        assertThatThrownBy(() -> p.setLanguages(List.of("zz"))).hasMessage("language.invalid");
        p.setCitizenships(List.of("mm", "TH"));
        p.setLanguages(List.of("my", "shn", "tha"));
        assertThat(p.getCitizenships()).containsExactly("MM", "TH");
        assertThat(p.getLanguages()).containsExactly("my", "shn", "tha");
    }

    @Test
    void toStringShowsNoName() {
        assertThat(person().toString()).doesNotContain("Bua").doesNotContain("ทดสอบ");
    }

    @Test
    void listItemsKeepTheirIdsSoThatLaptopsMergeThemItemByItem() {
        Person p = person();
        PersonAlias x = new PersonAlias(NameKind.Alias, "DEMO X");
        PersonAlias y = new PersonAlias(NameKind.Alias, "DEMO Y");
        PersonAlias z = new PersonAlias(NameKind.Nickname, "DEMO Z");
        p.setAliases(java.util.List.of(x, y));
        java.util.UUID idOfY = p.aliasItems().entrySet().stream().filter(e -> e.getValue().equals(y))
                .map(java.util.Map.Entry::getKey).findFirst().orElseThrow();

        p.setAliases(java.util.List.of(y, z));

        assertThat(p.aliasItems()).containsEntry(idOfY, y).hasSize(2).doesNotContainValue(x);
        assertThat(p.getAliases()).as("in the order they were added").containsExactly(y, z);

        IdentityDocument passport = new IdentityDocument(DocumentType.Passport, "DEMO000001", "TH", null,
                java.time.LocalDate.of(2030, 1, 1));
        p.setDocuments(java.util.List.of(passport));
        java.util.UUID idOfPassport = p.documentItems().keySet().iterator().next();
        IdentityDocument renewed = new IdentityDocument(DocumentType.Passport, "DEMO000001", "TH", null,
                java.time.LocalDate.of(2035, 1, 1));
        p.setDocuments(java.util.List.of(renewed));
        assertThat(p.documentItems()).as("a corrected detail updates the same document").containsOnlyKeys(idOfPassport)
                .containsEntry(idOfPassport, renewed);
    }

    @Test
    void theSameAliasAddedOnTwoLaptopsIsFoldedIntoTheItemWithTheFirstIdOnEveryLaptop() {
        PersonAlias x = new PersonAlias(NameKind.Alias, "DEMO X");
        java.util.UUID first = java.util.UUID.fromString("0190aaaa-0000-7000-8000-000000000001");
        java.util.UUID second = java.util.UUID.fromString("0190bbbb-0000-7000-8000-000000000001");
        for (int round = 0; round < 20; round++) {
            Person p = person();
            // as two laptops' pulls leave it, inserted in either order
            if (round % 2 == 0) {
                p.aliasItems().put(second, x);
                p.aliasItems().put(first, x);
            } else {
                p.aliasItems().put(first, x);
                p.aliasItems().put(second, x);
            }
            p.setAliases(p.getAliases());
            assertThat(p.aliasItems()).containsOnlyKeys(first);
        }
    }
}
