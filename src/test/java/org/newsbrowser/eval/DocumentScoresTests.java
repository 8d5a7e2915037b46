package org.newsbrowser.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DocumentScoresTests {

    private static List<Set<String>> gold(String... names) {
        return java.util.Arrays.stream(names).map(n -> Set.of(n)).toList();
    }

    @Test
    void surnameOnlyGoldNameIsTheSamePersonAsTheFullName() {
        assertThat(DocumentScores.personClusters(gold("Bill Clinton", "Clinton", "Boris Yeltsin")))
                .hasSize(2);
    }

    @Test
    void systemListingFullNameAndSurnameHasOneHitAndOneSplit() {
        String text = "President Bill Clinton met Yeltsin. Clinton said no.";
        DocumentScores.Result r = DocumentScores.people(gold("Bill Clinton", "Clinton", "Yeltsin"),
                List.of("Bill Clinton", "Clinton", "Yeltsin"), text);
        assertThat(r.score()).isEqualTo(new Score(2, 1, 0, 1));
        assertThat(r.falsePositives()).containsExactly("Clinton");
    }

    @Test
    void surnameOnlyPredictionMatchesFullGoldNameTheDocumentContains() {
        String text = "Bill Clinton arrived. Clinton said no.";
        assertThat(DocumentScores.people(gold("Bill Clinton"), List.of("Clinton"), text).score())
                .isEqualTo(new Score(1, 0, 0, 0));
        // and the other way round: the system resolved the surname to the full name written in the text
        assertThat(DocumentScores.people(gold("Clinton"), List.of("Bill Clinton"), text).score())
                .isEqualTo(new Score(1, 0, 0, 0));
        // a full name the document does not contain is not that person
        assertThat(DocumentScores.people(gold("Clinton"), List.of("Hillary Clinton"), text).score())
                .isEqualTo(new Score(0, 1, 1, 0));
    }

    @Test
    void twoPeopleSharingASurnameStayApart() {
        String text = "Bill Clinton and Hillary Clinton spoke.";
        DocumentScores.Result r = DocumentScores.people(gold("Bill Clinton", "Hillary Clinton"),
                List.of("Bill Clinton"), text);
        assertThat(r.score()).isEqualTo(new Score(1, 0, 1, 0));
        assertThat(r.missed()).containsExactly("Hillary Clinton");
    }

    @Test
    void namesCompareWithoutCaseAccentsOrApostropheStyle() {
        assertThat(DocumentScores.people(gold("Recep Tayyip Erdoğan", "Tim O'Gorman"),
                List.of("RECEP TAYYIP ERDOGAN", "Tim O’Gorman"), "").score()).isEqualTo(new Score(2, 0, 0, 0));
    }

    @Test
    void organizationsIgnoreLeadingThe() {
        assertThat(DocumentScores.organizations(gold("Jerusalem Post"), List.of("the Jerusalem Post"), "").score())
                .isEqualTo(new Score(1, 0, 0, 0));
    }

    @Test
    void organizationsIgnoreAnAbbreviationsClosingFullStop() {
        // CoNLL splits the full stop of "Co." off at a sentence end, so its gold string lacks it
        assertThat(DocumentScores.organizations(gold("The Walt Disney Co", "Acme Corp"),
                List.of("Walt Disney Co.", "Acme Corp."), "").score()).isEqualTo(new Score(2, 0, 0, 0));
        assertThat(DocumentScores.organizations(gold("Acme"), List.of("Acme Corp."), "").score())
                .isEqualTo(new Score(0, 1, 1, 0));
    }

    @Test
    void acronymMatchesLongFormOnlyWhenTheDocumentDefinesIt() {
        String defined = "Gazprom signed with the National Iranian Oil Company (NIOC). NIOC said so.";
        assertThat(DocumentScores.organizations(gold("National Iranian Oil Company"), List.of("NIOC"), defined)
                .score()).isEqualTo(new Score(1, 0, 0, 0));
        assertThat(DocumentScores.organizations(gold("NIOC"), List.of("National Iranian Oil Company"), defined)
                .score()).isEqualTo(new Score(1, 0, 0, 0));
        assertThat(DocumentScores.organizationClusters(gold("NIOC", "National Iranian Oil Company"), defined))
                .hasSize(1);
        String undefined = "The National Iranian Oil Company and NIOC.";
        assertThat(DocumentScores.organizations(gold("National Iranian Oil Company"), List.of("NIOC"), undefined)
                .score()).isEqualTo(new Score(0, 1, 1, 0));
    }

    @Test
    void longFormAndAcronymBothListedIsASplit() {
        String text = "the North Atlantic Treaty Organization (NATO) met; NATO said";
        assertThat(DocumentScores.organizations(gold("NATO"), List.of("NATO", "North Atlantic Treaty Organization"),
                text).score()).isEqualTo(new Score(1, 1, 0, 1));
    }

    @Test
    void countriesAreCodeSets() {
        assertThat(DocumentScores.countries(List.of("US", "IR"), List.of("ir", "RU")).score())
                .isEqualTo(new Score(1, 1, 1, 0));
    }

    @Test
    void emptySetsScorePerfectly() {
        Score none = DocumentScores.people(List.of(), List.of(), "text").score();
        assertThat(none).isEqualTo(Score.ZERO);
        assertThat(none.precision()).isEqualTo(1.0);
        assertThat(none.recall()).isEqualTo(1.0);
        assertThat(none.f1()).isEqualTo(1.0);
        assertThat(DocumentScores.countries(List.of(), List.of("US")).score()).isEqualTo(new Score(0, 1, 0, 0));
        assertThat(DocumentScores.countries(List.of("US"), List.of()).score()).isEqualTo(new Score(0, 0, 1, 0));
        assertThat(new Score(0, 1, 1, 0).f1()).isEqualTo(0.0);
    }

    @Test
    void microAverageSumsCounts() {
        Score sum = new Score(3, 1, 0, 0).plus(new Score(1, 0, 4, 0));
        assertThat(sum.precision()).isEqualTo(0.8);
        assertThat(sum.recall()).isEqualTo(0.5);
        assertThat(sum.f1()).isCloseTo(2 * 0.8 * 0.5 / 1.3, org.assertj.core.data.Offset.offset(1e-9));
    }
}
