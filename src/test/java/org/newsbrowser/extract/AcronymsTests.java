package org.newsbrowser.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AcronymsTests {

    @Test
    void longFormIsTheShortestRunOfWordsSpellingTheAcronym() {
        assertThat(Acronyms.definedIn("Talks with the National Iranian Oil Company (NIOC) resumed."))
                .containsEntry("NIOC", "National Iranian Oil Company");
    }

    @Test
    void anAcronymWithNothingButSpaceBeforeItDefinesNothing() {
        assertThat(Acronyms.definedIn("Boxing results\n (WBA) title fight\n")).isEmpty();
    }
}
