package org.newsbrowser.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsbrowser.entity.EntityType;

class TopicExtractorTests {

    private static final String FOOTBALL = """
            United held to draw as late penalty rescues Rovers

            A late penalty earned Rovers a draw at Old Trafford on Saturday. United led through a first-half goal \
            from a corner, and the visiting goalkeeper kept the score down with three fine saves. The penalty came \
            in stoppage time after a foul in the box, and the striker sent the goalkeeper the wrong way. \
            United stay third in the league table, two points behind the leaders, with the league title race \
            still open. The manager said the penalty was soft but praised the goalkeeper and his defence.
            """;

    private static final String RATE_DECISION = """
            Central bank raises interest rates to curb inflation

            The central bank raised interest rates by half a point on Thursday, its fourth increase this year, as \
            inflation stayed well above its target. Policymakers said inflation would fall back towards the target \
            next year but warned that wage growth remained strong. Higher interest rates push up mortgage costs \
            for households, and economists expect mortgage lenders to pass the increase on within weeks. \
            Markets had priced in the move, and the currency was little changed.
            """;

    private static final String VACCINE = """
            New vaccine cuts hospital admissions among older patients

            A new vaccine against the respiratory virus cut hospital admissions among patients over 60 by more than \
            two thirds, according to trial results published on Wednesday. The vaccine was given to 20,000 \
            volunteers in the trial. Side effects were mild. Health officials said the virus fills hospital beds \
            every winter and that the vaccine could be offered from the autumn once regulators approve it. \
            Doctors welcomed the trial but said more data on patients with weak immune systems was needed.
            """;

    private static TopicExtractor extractor;
    private static List<String> seeds;

    @BeforeAll
    static void load() throws IOException {
        extractor = new TopicExtractor();
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            seeds = files.sorted().map(TopicExtractorTests::read).toList();
        }
    }

    @Test
    void seedsAreAboutTheSubjectsOfPutinsTehranVisit() {
        Set<String> found = seeds.stream().flatMap(seed -> topicKeys(seed).stream()).collect(Collectors.toSet());

        Set<String> expected = Set.of("drone", "sanction", "gas", "oil", "nuclear deal", "grain");
        assertThat(expected.stream().filter(found::contains)).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void dronesAreATopicWhereTheSeedDiscussesThemAtLength() {
        assertThat(topicKeys(seeds.get(0))).contains("drone");
        assertThat(topicKeys(seeds.get(3))).contains("drone");
        assertThat(extractor.extract(seeds.get(0)))
                .filteredOn(mention -> mention.normalized().equals("drones"))
                .hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    void topicsAreNeitherNamesNorTheVocabularyOfReporting() {
        for (String seed : seeds) {
            assertThat(extractor.extract(seed)).allSatisfy(mention -> {
                assertThat(Character.isLowerCase(mention.text().charAt(0))).as(mention.text()).isTrue();
                assertThat(mention.normalized()).isNotIn(
                        "said", "tuesday", "year", "people", "government", "told", "week", "president", "news");
            });
        }
    }

    @Test
    void wordsArticlesUseOnceInPassingAreNotTopics() {
        for (String seed : seeds) {
            assertThat(topicKeys(seed)).doesNotContain("stated", "closer", "sign", "step");
        }
    }

    @Test
    void secondarySubjectsFitBesideTheMainOne() {
        assertThat(topicKeys(seeds.get(0))).contains("drone", "gas");
    }

    @Test
    void noArticleHasMoreThanSixTopics() {
        for (String text : allTexts()) {
            assertThat(topicKeys(text)).hasSizeLessThanOrEqualTo(TopicExtractor.MAX_TOPICS).hasSizeLessThanOrEqualTo(6);
        }
    }

    @Test
    void noTopicIsAnLyAdverb() {
        TopicBackground background = TopicBackground.load();
        for (String text : allTexts()) {
            for (String key : topicKeys(text)) {
                if (!key.contains(" ") && key.endsWith("ly")) {
                    assertThat(background.documentFrequency(key.substring(0, key.length() - 2))).as(key)
                            .isLessThan(TopicExtractor.MIN_WORD_DOCUMENTS);
                }
            }
        }
        assertThat(topicKeys("Additionally, the plan grows. Additionally, the plan works. The plan was approved "
                + "and the plan is additionally funded, so the plan stands.")).doesNotContain("additionally");
    }

    @Test
    void everyWordTopicIsAWordNewsUsesOrAPluralNoun() {
        TopicBackground background = TopicBackground.load();
        for (String text : allTexts()) {
            extractor.extract(text).forEach(mention -> {
                String key = TopicExtractor.topicKey(mention.normalized());
                if (!key.contains(" ") && background.documentFrequency(key) < TopicExtractor.MIN_WORD_DOCUMENTS) {
                    assertThat(mention.normalized()).as("unknown word topic must be a plural noun")
                            .isNotEqualTo(key);
                }
            });
        }
        assertThat(topicKeys("Operationalizing the accord matters. Operationalizing it takes the accord "
                + "further; the accord needs operationalizing.")).doesNotContain("operationalizing");
    }

    @Test
    void occasionsOfTheNewsAreNotTopics() {
        Set<String> occasions = Set.of("visit", "trip", "meeting", "talk", "summit", "tour", "remark", "comment",
                "speech", "career");
        for (String text : allTexts()) {
            assertThat(topicKeys(text)).doesNotContainAnyElementsOf(occasions);
        }
    }

    @Test
    void rolesArePeopleNotTopics() {
        String text = "The supreme leader met the foreign minister. The supreme leader and the foreign minister "
                + "discussed tariffs on steel. Steel tariffs would rise, the president said, and the president "
                + "added that steel tariffs protect jobs.";
        assertThat(topicKeys(text)).doesNotContain("supreme leader", "foreign minister", "president")
                .anySatisfy(key -> assertThat(key).contains("tariff"));
        for (String seed : allTexts()) {
            assertThat(topicKeys(seed)).noneSatisfy(key -> assertThat(PersonNames.isTitle(
                    key.substring(key.lastIndexOf(' ') + 1))).isTrue());
        }
    }

    @Test
    void piecesOfForeignExpressionsAreNotWords() {
        String text = "Relations vis-\u00e0-vis Moscow changed. Policy vis-\u00e0-vis Ankara and vis-\u00e0-vis Baku.";
        assertThat(TopicTerms.words(text)).filteredOn(word -> word.surface().equals("vis"))
                .hasSize(6)
                .noneMatch(TopicTerms.Word::eligible);
    }

    @Test
    void aPhraseTheHeadlineNamesCountsWhenTheBodyUsesItOnce() {
        String text = """
                Grain Corridor Reopens

                Ships left the ports on Monday after the grain corridor reopened. The ports had been closed for a \
                month, and ships queued outside the ports while traders waited.
                """;
        assertThat(topicKeys(text)).contains("grain corridor");
    }

    @Test
    void footballReportIsAboutPenaltiesGoalkeepersAndTheLeague() {
        assertThat(topicKeys(FOOTBALL)).contains("penalty", "goalkeeper", "league");
    }

    @Test
    void rateDecisionIsAboutInterestRatesAndInflation() {
        assertThat(topicKeys(RATE_DECISION)).contains("interest rate", "inflation", "mortgage");
    }

    @Test
    void vaccineStoryIsAboutTheVaccineAndItsTrial() {
        assertThat(topicKeys(VACCINE)).contains("vaccine", "trial", "virus");
    }

    @Test
    void mentionsQuoteTheTextInOrderWithoutOverlap() {
        List<String> texts = Stream.concat(seeds.stream(), Stream.of(FOOTBALL, RATE_DECISION, VACCINE)).toList();
        for (String text : texts) {
            List<ExtractedMention> mentions = extractor.extract(text);
            assertThat(mentions).isNotEmpty().allSatisfy(mention -> {
                assertThat(mention.text()).isEqualTo(text.substring(mention.begin(), mention.end()));
                assertThat(mention.type()).isEqualTo(EntityType.TOPIC);
                assertThat(mention.extractor()).isEqualTo(extractor.name());
            });
            for (int i = 1; i < mentions.size(); i++) {
                assertThat(mentions.get(i).begin()).isGreaterThanOrEqualTo(mentions.get(i - 1).end());
            }
        }
    }

    @Test
    void topicNamesAreTheArticlesMostFrequentForm() {
        List<ExtractedMention> drones = extractor.extract(seeds.get(0)).stream()
                .filter(mention -> TopicExtractor.topicKey(mention.normalized()).equals("drone"))
                .toList();

        assertThat(drones).extracting(ExtractedMention::text).contains("drone", "drones");
        assertThat(drones).extracting(ExtractedMention::normalized).containsOnly("drones");
    }

    @Test
    void topicKeyJoinsSingularAndPluralForms() {
        assertThat(TopicExtractor.topicKey("drones")).isEqualTo(TopicExtractor.topicKey("drone"));
        assertThat(TopicExtractor.topicKey("Grain exports")).isEqualTo(TopicExtractor.topicKey("grain export"));
        assertThat(TopicExtractor.topicKey("policies")).isEqualTo(TopicExtractor.topicKey("policy"));
        assertThat(TopicExtractor.topicKey("taxes")).isEqualTo("tax");
        assertThat(TopicExtractor.topicKey("gas")).isEqualTo("gas");
        assertThat(TopicExtractor.topicKey("news")).isEqualTo("news");
    }

    private static List<String> allTexts() {
        return Stream.concat(seeds.stream(), Stream.of(FOOTBALL, RATE_DECISION, VACCINE)).toList();
    }

    private static Set<String> topicKeys(String text) {
        return extractor.extract(text).stream()
                .map(mention -> TopicExtractor.topicKey(mention.normalized()))
                .collect(Collectors.toSet());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
