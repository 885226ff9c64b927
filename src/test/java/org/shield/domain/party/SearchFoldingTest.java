package org.shield.domain.party;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchFoldingTest {

    @Test
    void ignoresCaseDiacriticsAndSpacingInLatin() {
        assertThat(SearchFolding.fold("Nguyễn  Thị-Demo")).isEqualTo(SearchFolding.fold("nguyen thi demo"));
    }

    @Test
    void ignoresThaiToneMarksButKeepsVowels() {
        // same consonants and vowels, tone marks differ: matches
        assertThat(SearchFolding.fold("น้อง ทดสอบ")).isEqualTo(SearchFolding.fold("นอง ทดสอบ"));
        // a different vowel does not match
        assertThat(SearchFolding.fold("ทดสอบมะลิ")).isNotEqualTo(SearchFolding.fold("ทดสอบมะลา"));
    }

    @Test
    void keepsBurmeseKhmerLaoAndChineseLetters() {
        assertThat(SearchFolding.fold("မောင် ဒီမို")).isNotEmpty();
        assertThat(SearchFolding.fold("សុខ សាក")).isNotEmpty();
        assertThat(SearchFolding.fold("ສົມ ທົດ")).isNotEmpty();
        assertThat(SearchFolding.fold("测试 名字")).isEqualTo("测试名字");
    }

    @Test
    void digitsKeepsOnlyDigits() {
        assertThat(SearchFolding.digits("+66 (81) 234-5678")).isEqualTo("66812345678");
        assertThat(SearchFolding.digits("๐๘๑")).isEqualTo("081");
    }
}
