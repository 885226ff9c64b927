package org.shield.application.party;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the report redactor removes from free text, and what it leaves (all names are synthetic). */
class IdentityRedactorTest {
    private static IdentityRedactor redactor() {
        IdentityRedactor.Collector c = new IdentityRedactor.Collector("[removed]");
        c.name("Zawtest Minqaa", "V-TST-0001");
        c.name("ทดสอบหนึ่ง สมมุติ", "V-TST-0001");
        c.name("DEMO Kyawfake", "V-TST-0002");
        c.number("MX 77 12-345", "[removed]");
        c.number("+66812345678", "[removed]");
        c.text("fake.person@example.org", "[removed]");
        return c.build();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "full Latin name            | She said Zawtest Minqaa paid the broker.   | She said [V-TST-0001] paid the broker.",
        "one word, any case         | Then ZAWTEST left.                          | Then [removed] left.",
        "word inside another word   | Minqaaville is a town.                      | Minqaaville is a town.",
        "Thai full name             | ผู้เสียหายชื่อทดสอบหนึ่ง สมมุติ เดินทางมา        | ผู้เสียหายชื่อ[V-TST-0001] เดินทางมา",
        "Thai word without spaces   | นายทดสอบหนึ่งกล่าวว่า                          | นาย[removed]กล่าวว่า",
        "document, other spacing    | passport MX7712345 seized                   | passport [removed] seized",
        "document, dashes           | passport MX-77-12-345 seized                | passport [removed] seized",
        "phone, international       | called +66 81 234 5678 twice                | called [removed] twice",
        "phone, national format     | called 081-234-5678 twice                   | called [removed] twice",
        "e-mail                     | wrote to fake.person@example.org            | wrote to [removed]",
        "honorific and marker stay  | DEMO data; Mr Smith                         | DEMO data; Mr Smith",
        "second person by own name  | Kyawfake was there                          | [removed] was there",
        "unrelated text untouched   | Border Point B at 09:20                     | Border Point B at 09:20"})
    void removesProtectedTerms(String what, String in, String expected) {
        assertThat(redactor().redact(in)).as(what).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"null|", "empty|''"})
    void leavesNothingAsItIs(String what, String in) {
        assertThat(redactor().redact(in)).isEqualTo(in);
    }

    @org.junit.jupiter.api.Test
    void neverPrintsItsTerms() {
        assertThat(redactor().toString()).doesNotContain("Zawtest").doesNotContain("MX").matches("IdentityRedactor\\[\\d+ rules\\]");
    }
}
