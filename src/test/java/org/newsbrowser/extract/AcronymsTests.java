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

    @Test
    void eachDefinitionLooksBackOnlyAsFarAsTheOneBeforeIt() {
        assertThat(Acronyms.definedIn("The World Health Organization (WHO) and the International Monetary Fund (IMF)"
                + " met; Organization (OPEC) officials did not."))
                .containsEntry("WHO", "World Health Organization")
                .containsEntry("IMF", "International Monetary Fund")
                .doesNotContainKey("OPEC");
    }

    @Test
    void aLongFormDoesNotReachBackPastAnEarlierParenthesisOrLine() {
        assertThat(Acronyms.definedIn("Atlantic (said to be) Treaty Organization (ATO)")).isEmpty();
        assertThat(Acronyms.definedIn("Northern Atlantic\nTreaty Organization (NATO)")).isEmpty();
    }
}
