package org.newsbrowser.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PersonNamesTests {

    @Test
    void stripsTitlesAndPossessivesButKeepsTheLastWord() {
        assertThat(PersonNames.stripTitles("Supreme Leader Ayatollah Ali Khamenei")).isEqualTo("Ali Khamenei");
        assertThat(PersonNames.stripTitles("Prime Minister  Jane Doe")).isEqualTo("Jane Doe");
        assertThat(PersonNames.stripTitles("Dr. Amal Haddad’s")).isEqualTo("Amal Haddad");
        assertThat(PersonNames.stripTitles("Putin's")).isEqualTo("Putin");
        assertThat(PersonNames.stripTitles("King")).isEqualTo("King");
        assertThat(PersonNames.stripTitles("Martin Luther King")).isEqualTo("Martin Luther King");
    }

    @Test
    void surnameKeyIgnoresAccentsAndGluedParticles() {
        assertThat(PersonNames.surnameKey("Bashar al-Assad")).isEqualTo("assad");
        assertThat(PersonNames.surnameKey("Recep Tayyip Erdoğan")).isEqualTo("erdogan");
        assertThat(PersonNames.surnameKey("Vincent van Gogh")).isEqualTo("gogh");
    }

    @Test
    void resolvesSurnamesAndTitledFormsToTheFullName() {
        assertThat(PersonNames.resolve(List.of("Putin", "Vladimir Putin", "President Vladimir Putin", "Putin’s",
                "Assad", "Bashar al-Assad")))
                .containsExactly("Vladimir Putin", "Vladimir Putin", "Vladimir Putin", "Vladimir Putin",
                        "Bashar al-Assad", "Bashar al-Assad");
    }

    @Test
    void aShorterFullNameJoinsTheUniqueLongerOne() {
        assertThat(PersonNames.resolve(List.of("Tayyip Erdogan", "Recep Tayyip Erdogan", "Erdogan")))
                .containsOnly("Recep Tayyip Erdogan");
    }

    @Test
    void accentsAreFoldedAndTheMostFrequentSpellingWins() {
        assertThat(PersonNames.resolve(List.of("Recep Tayyip Erdoğan", "Recep Tayyip Erdogan", "Erdoğan",
                "Recep Tayyip Erdogan")))
                .containsOnly("Recep Tayyip Erdogan");
    }

    @Test
    void aSharedSurnameResolvesToTheNearestPrecedingPersonAndNeverMergesTwoPeople() {
        assertThat(PersonNames.resolve(List.of("Smith", "John Smith", "Smith", "Mary Smith", "Smith", "John Smith",
                "Smith")))
                .containsExactly("John Smith", "John Smith", "John Smith", "Mary Smith", "Mary Smith", "John Smith",
                        "John Smith");
    }

    @Test
    void aSurnameWithoutAFullNameStaysAsWritten() {
        assertThat(PersonNames.resolve(List.of("Heydari", "Peskov", "Heydari"))).containsExactly("Heydari", "Peskov",
                "Heydari");
    }
}
