package org.newsbrowser.extract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsbrowser.entity.EntityType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class NewsEntityExtractorTests {

    private static NewsEntityExtractor extractor;
    /** Seed file name to its text and mentions. */
    private static final Map<String, Extraction> SEEDS = new TreeMap<>();

    private record Extraction(String text, List<ExtractedMention> mentions) {

        List<String> names(EntityType type) {
            return mentions.stream().filter(m -> m.type() == type).map(ExtractedMention::normalized).distinct()
                    .toList();
        }

        List<ExtractedMention> withText(String surface) {
            return mentions.stream().filter(m -> m.text().equals(surface)).toList();
        }
    }

    @BeforeAll
    static void extractSeeds() throws IOException {
        CountryGazetteer countries = CountryGazetteer.load();
        extractor = new NewsEntityExtractor(new CoreNlpNer(), countries,
                new DatelineExtractor(countries, CityGazetteer.load()));
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                String text = Files.readString(file);
                SEEDS.put(file.getFileName().toString(), new Extraction(text, extractor.extract(text)));
            }
        }
        assertThat(SEEDS).hasSize(5);
    }

    private static Extraction seed(String prefix) {
        return SEEDS.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).findFirst().orElseThrow()
                .getValue();
    }

    @Test
    void mentionsAreInTextOrderNonOverlappingAndMatchTheText() {
        SEEDS.values().forEach(seed -> {
            for (int i = 0; i < seed.mentions().size(); i++) {
                ExtractedMention m = seed.mentions().get(i);
                assertThat(seed.text().substring(m.begin(), m.end())).isEqualTo(m.text());
                assertThat(m.type()).isIn(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.COUNTRY);
                assertThat(m.text()).doesNotEndWith("’s").doesNotEndWith("'s");
                if (i > 0) {
                    assertThat(m.begin()).isGreaterThanOrEqualTo(seed.mentions().get(i - 1).end());
                }
            }
        });
    }

    @Test
    void everySeedHasVladimirPutinAndNoOtherPutin() {
        SEEDS.values().forEach(seed -> assertThat(seed.names(EntityType.PERSON))
                .contains("Vladimir Putin").filteredOn(n -> n.contains("Putin")).containsExactly("Vladimir Putin"));
    }

    @Test
    void erdoganSurfaceFormsResolveToTheFullName() {
        SEEDS.values().stream().filter(seed -> seed.text().contains("Erdogan")).forEach(seed -> {
            assertThat(seed.withText("Erdogan")).isNotEmpty()
                    .allSatisfy(m -> assertThat(m.normalized()).isEqualTo("Recep Tayyip Erdogan"));
            assertThat(seed.names(EntityType.PERSON)).filteredOn(n -> n.contains("Erdogan"))
                    .containsExactly("Recep Tayyip Erdogan");
        });
    }

    @Test
    void khameneiResolvesToAliKhameneiWhereTheArticleNamesHimSo() {
        SEEDS.values().stream().filter(seed -> seed.text().contains("Ali Khamenei")).forEach(seed ->
                assertThat(seed.names(EntityType.PERSON)).filteredOn(n -> n.contains("Khamenei"))
                        .containsExactly("Ali Khamenei"));
        assertThat(seed("004").names(EntityType.PERSON)).contains("Khamenei");
    }

    @Test
    void countryGluedToAPersonIsSplit() {
        Extraction seed = seed("001");
        assertThat(seed.withText("Iran Hassan Rouhani")).isEmpty();
        assertThat(seed.withText("Hassan Rouhani")).hasSize(2)
                .allSatisfy(m -> assertThat(m.type()).isEqualTo(EntityType.PERSON));
        int rouhani = seed.text().indexOf("Iran Hassan Rouhani");
        assertThat(seed.mentions()).anySatisfy(m -> {
            assertThat(m.begin()).isEqualTo(rouhani);
            assertThat(m.normalized()).isEqualTo("IR");
        });
        assertThat(seed("004").withText("Ukraine Khamenei")).isEmpty();
        assertThat(seed("004").withText("Khamenei")).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void mediaProductsCreditsAndAgenciesAreNotPeople() {
        List<String> people = SEEDS.values().stream().flatMap(s -> s.names(EntityType.PERSON).stream()).toList();
        List<String> forbidden = List.of("Fararo", "Bayraktar", "Tsargrad", "Getty", "SPUTNIK", "ZAVRAZHIN",
                "SAVOSTYANOV");
        assertThat(people).noneMatch(p -> forbidden.stream().anyMatch(p::contains));
        assertThat(seed("002").withText("Fararo")).singleElement()
                .satisfies(m -> assertThat(m.type()).isEqualTo(EntityType.ORGANIZATION));
        assertThat(seed("000").withText("Bayraktar")).isEmpty();
    }

    @Test
    void countriesIncludeDemonymsCapitalsAndHyphenatedWords() {
        assertThat(seed("000").names(EntityType.COUNTRY)).contains("IR", "RU", "TR", "UA", "US", "FI");
        SEEDS.values().forEach(seed -> assertThat(seed.withText("Tehran"))
                .allSatisfy(m -> assertThat(m.normalized()).isEqualTo("IR")));
        Extraction seed = seed("003");
        int hyphenated = seed.text().indexOf("Iranian-Russian-Turkish");
        assertThat(seed.mentions()).filteredOn(m -> m.begin() >= hyphenated && m.end() <= hyphenated + 23)
                .extracting(ExtractedMention::normalized).containsExactly("IR", "RU", "TR");
    }

    @Test
    void theKremlinIsAnOrganization() {
        Stream.of("001", "002", "003").map(NewsEntityExtractorTests::seed).forEach(seed ->
                assertThat(seed.withText("Kremlin")).isNotEmpty().allSatisfy(m -> {
                    assertThat(m.type()).isEqualTo(EntityType.ORGANIZATION);
                    assertThat(m.normalized()).isEqualTo("Kremlin");
                }));
    }

    @Test
    void acronymsResolveToTheLongFormDefinedInTheArticle() {
        assertThat(seed("003").withText("NIOC")).isNotEmpty()
                .allSatisfy(m -> assertThat(m.normalized()).isEqualTo("National Iranian Oil Company"));
    }

    @Test
    void anAcronymInParenthesesBesideAnOrganizationIsThatOrganizationWhateverItsLetters() {
        String text = """
                Rebels of the Revolutionary Armed Forces of Colombia (FARC) attacked a police post on Sunday, the \
                army said. FARC commanders denied the attack.
                """;
        assertThat(mentionsOf(text, "FARC")).hasSize(2).allSatisfy(m -> {
            assertThat(m.type()).isEqualTo(EntityType.ORGANIZATION);
            assertThat(m.normalized()).isEqualTo("Revolutionary Armed Forces of Colombia");
        });
    }

    @Test
    void twoPeopleSharingASurnameStayApart() {
        String text = """
                City council member Anna Smith said on Monday that the budget was too small. Her colleague \
                Robert Smith disagreed. "We have enough," Smith told reporters in London.

                Later, Anna Smith repeated her call. Smith said the mayor, Dr. Carlos Núñez, had agreed. \
                Nunez declined to comment.
                """;
        List<ExtractedMention> people = extractor.extract(text).stream()
                .filter(m -> m.type() == EntityType.PERSON).toList();
        Map<String, List<String>> byName = people.stream().collect(Collectors.groupingBy(
                ExtractedMention::normalized, TreeMap::new,
                Collectors.mapping(ExtractedMention::text, Collectors.toList())));
        assertThat(byName).containsOnlyKeys("Anna Smith", "Robert Smith", "Carlos Núñez");
        assertThat(byName.get("Robert Smith")).containsExactly("Robert Smith", "Smith");
        assertThat(byName.get("Anna Smith")).containsExactly("Anna Smith", "Anna Smith", "Smith");
    }

    @Test
    void unknownTextsGetGeneralRulesOnly() {
        String text = """
                GERMANY SEEKS NEW GAS DEALS

                BERLIN 2024-03-01
                German Chancellor Olaf Scholz met Qatar's emir on Friday, the broadcaster ZDF reported. \
                Scholz told the Handelsblatt newspaper that the Leopard tank deliveries would continue.
                """;
        List<ExtractedMention> mentions = extractor.extract(text);
        assertThat(mentions).filteredOn(m -> m.type() == EntityType.PERSON).extracting(ExtractedMention::normalized)
                .containsOnly("Olaf Scholz");
        assertThat(mentions).filteredOn(m -> m.type() == EntityType.COUNTRY).extracting(ExtractedMention::normalized)
                .contains("DE", "QA");
        // countries and capitals in headlines and datelines are kept: their case says nothing against them
        assertThat(mentions).filteredOn(m -> m.text().equals("BERLIN") || m.text().equals("GERMANY"))
                .extracting(ExtractedMention::normalized).containsOnly("DE");
        assertThat(mentions).filteredOn(m -> m.text().equals("ZDF") || m.text().equals("Handelsblatt"))
                .extracting(ExtractedMention::type).containsOnly(EntityType.ORGANIZATION);
    }

    private static List<ExtractedMention> mentionsOf(String text, String surface) {
        return extractor.extract(text).stream().filter(m -> m.text().equals(surface)).toList();
    }

    @Test
    void aCapitalStaysItsCountryEvenWithTheAndABuildingIsAnOrganization() {
        String text = """
                The Berlin government said on Monday it would raise spending. Analysts said the Berlin plan was \
                late. Downing Street said Britain would follow.
                """;
        assertThat(mentionsOf(text, "Berlin")).isNotEmpty().allSatisfy(m -> {
            assertThat(m.type()).isEqualTo(EntityType.COUNTRY);
            assertThat(m.normalized()).isEqualTo("DE");
        });
        assertThat(mentionsOf(text, "Downing Street")).singleElement()
                .satisfies(m -> assertThat(m.type()).isEqualTo(EntityType.ORGANIZATION));
    }

    @Test
    void headlineRuleKeepsCountriesResultRowsAndBylines() {
        String text = """
                Markets Brace For Frantic Week In Ruritania And France

                The currency fell on Monday in thin trade, dealers said.
                BALTIMORE 76 52 .594 -
                -- Jane Doerffer, Paris newsroom
                """;
        List<ExtractedMention> mentions = extractor.extract(text);
        assertThat(mentions).filteredOn(m -> m.type() == EntityType.COUNTRY).extracting(ExtractedMention::normalized)
                .contains("FR");
        assertThat(mentions).extracting(ExtractedMention::text).contains("BALTIMORE").doesNotContain("Ruritania");
        assertThat(mentions).filteredOn(m -> m.type() == EntityType.PERSON).extracting(ExtractedMention::text)
                .allSatisfy(t -> assertThat(t).doesNotStartWith("-"));
    }

    @Test
    void namesInListLinesAndBylinesAreKept() {
        String text = """
                Squad Named For Friendly

                Coach Tom Hardwick named his squad on Monday for the friendly against the visitors.
                Goalkeepers - Peter Wallace, Simon Kettering.
                Midfielders - Alan Brookfield, David Ormsby, Keith
                Barraclough, Neil Hutton
                Marion Fairweather
                """;
        List<String> people = extractor.extract(text).stream().filter(m -> m.type() == EntityType.PERSON)
                .map(ExtractedMention::normalized).toList();
        assertThat(people).contains("Peter Wallace", "Simon Kettering", "David Ormsby", "Neil Hutton",
                "Marion Fairweather");
    }

    @Test
    void aQualifiedDemonymIsNotTheBareOneUnlessTheGazetteerKnowsIt() {
        String text = """
                The West Indian all-rounder took four wickets on Friday. South Korean officials and Iranian \
                diplomats watched the match.
                """;
        List<String> codes = extractor.extract(text).stream().filter(m -> m.type() == EntityType.COUNTRY)
                .map(ExtractedMention::normalized).toList();
        assertThat(codes).contains("KR", "IR").doesNotContain("IN");
    }

    @Test
    void aCountryWordNamingAnEventACurrencyOrAnOriginIsNotACountryMention() {
        String text = """
                The Swedish champion reached the final of the Italian Open after beating a Dutch qualifier. Her \
                sponsor, a Danish-based brewer, paid the US$ 40,000 prize to the Canadian Cup winner. The Kenyan \
                and the Japanese took part in the Brazilian Grand Prix, which used German-made tyres.
                """;
        List<String> codes = extractor.extract(text).stream().filter(m -> m.type() == EntityType.COUNTRY)
                .map(ExtractedMention::normalized).distinct().toList();
        assertThat(codes).containsExactlyInAnyOrder("SE", "NL", "KE", "JP");
    }

    @Test
    void aCountryBeforeALowerCaseWordOrAPoliticalCompoundStaysACountry() {
        String text = """
                Norwegian open-water swimmers crossed the channel. A Chilean-led coalition and the Peruvian \
                league of mayors met on Monday.
                """;
        List<String> codes = extractor.extract(text).stream().filter(m -> m.type() == EntityType.COUNTRY)
                .map(ExtractedMention::normalized).distinct().toList();
        assertThat(codes).contains("NO", "CL", "PE");
    }

    @Test
    void aPlaceTheTaggerCallsAnOrganizationIsATeamNotACountry() {
        String text = """
                Monaco beat Paris St Germain 2-1 on Saturday to go top of the French league.
                """;
        assertThat(mentionsOf(text, "Monaco")).singleElement()
                .satisfies(m -> assertThat(m.type()).isEqualTo(EntityType.ORGANIZATION));
    }

    @Test
    void aCityNamedAsATeamInResultsIsAnOrganizationButANationalTeamIsNot() {
        String text = """
                Soccer results on Saturday:
                Reading 2 Bury 1
                Florida 76 52 .594 -
                England beat the visitors 3-1 at Wembley.
                Dresden 792 up 11.4 pct
                """;
        List<ExtractedMention> mentions = extractor.extract(text);
        assertThat(mentions).filteredOn(m -> m.type() == EntityType.ORGANIZATION).extracting(ExtractedMention::text)
                .contains("Florida").doesNotContain("England", "Dresden");
    }

    @Test
    void aOneWordPersonOnEitherSideOfAFixtureOrResultIsAClub() {
        String text = """
                English league results on Saturday:
                Bolton 3 Norwich 1
                Fixtures for Tuesday: Carlisle v Hull, Mansfield v Chester.
                Pete Sampras beat Michael Chang 6-4 6-2 in the final.
                """;
        List<ExtractedMention> mentions = extractor.extract(text);
        assertThat(mentions).filteredOn(m -> Set.of("Bolton", "Carlisle", "Chester").contains(m.text()))
                .isNotEmpty().extracting(ExtractedMention::type).containsOnly(EntityType.ORGANIZATION);
        // players who beat each other stay people
        assertThat(mentions).filteredOn(m -> m.type() == EntityType.PERSON).extracting(ExtractedMention::normalized)
                .containsOnly("Pete Sampras", "Michael Chang");
    }

    @Test
    void anOrganizationKeepsAnApostropheSTheTextNeverDrops() {
        String text = """
                Fairview, Texas, $1.82 million deal Baa1 - Moody's.
                NEW YORK 1996-08-22
                Moody's Investors Service rated the town's bonds Baa1 on Thursday.
                """;
        assertThat(extractor.extract(text)).filteredOn(m -> m.type() == EntityType.ORGANIZATION)
                .extracting(ExtractedMention::text).contains("Moody's", "Moody's Investors Service")
                .doesNotContain("Moody");
    }

    @Test
    void institutionsAndNewsOutletsTheTaggerMissesAreOrganizations() {
        String text = """
                Ruritania’s Ministry of Foreign Affairs rejected the claim on Tuesday. Grey News reported that the \
                head of its Strategic Council on Foreign Relations had resigned.
                """;
        List<String> orgs = extractor.extract(text).stream().filter(m -> m.type() == EntityType.ORGANIZATION)
                .map(ExtractedMention::normalized).toList();
        assertThat(orgs).contains("Ministry of Foreign Affairs", "Strategic Council on Foreign Relations",
                "Grey News");
    }

    @Test
    void papersHeadingTheirStoriesInAPressReviewAreOrganizations() {
        String text = """
                PRESS DIGEST - Ruritania - Nov 12.

                STRELSAU 2026-11-12
                These are the leading stories in the Strelsau press on Thursday.
                TRIBUNA
                - Prime Minister Rudolf Elphberg meets the central bank governor.
                LE TEMPS NOUVEAU
                - Parliament debates the budget.
                FRANCE
                - Editorial calls for early elections.
                FRONT PAGE
                -- Farmers block the main road to the capital.
                """;
        List<ExtractedMention> mentions = extractor.extract(text);
        assertThat(mentions).filteredOn(m -> m.type() == EntityType.ORGANIZATION).extracting(ExtractedMention::text)
                .contains("TRIBUNA", "LE TEMPS NOUVEAU").doesNotContain("FRONT PAGE", "FRANCE");
        assertThat(mentions).filteredOn(m -> m.type() == EntityType.PERSON).extracting(ExtractedMention::text)
                .containsOnly("Rudolf Elphberg");
    }

    @Test
    void papersAfterSeparatorLinesAreOrganizationsButOnlyInAPressReview() {
        String review = """
                PRESS DIGEST - Ruritanian newspapers - Nov 12.
                Following are some of the main stories in Tuesday's Ruritanian newspapers:
                ---
                DAILY HERALD
                Bread prices rise with immediate effect.
                ---
                VOLKSBOTE
                Strelsau university closed after clashes.
                """;
        assertThat(extractor.extract(review)).filteredOn(m -> m.type() == EntityType.ORGANIZATION)
                .extracting(ExtractedMention::text).contains("DAILY HERALD", "VOLKSBOTE");
        String notAReview = """
                Strelsau council approves budget.
                The council met on Tuesday.
                ---
                VOLKSBOTE
                ---
                Contact the newsroom for more.
                """;
        assertThat(extractor.extract(notAReview)).extracting(ExtractedMention::text).doesNotContain("VOLKSBOTE");
    }

    @Test
    void anUntaggedNameBesideClubsInAFixtureResultOrStandingsIsAClub() {
        String text = """
                SOCCER - ENGLISH LEAGUE RESULTS AND STANDINGS.

                LONDON 2026-11-14
                Results of English league matches on Saturday:
                Ipswich Town 5 Reading 2
                Sheffield United 4 Birmingham City 4
                Stoke 2 Manchester City 1
                Fixtures for Tuesday: Crystal Palace v Swindon, Norwich City v
                Oldham Athletic.
                Standings (played, won, drawn, lost, goals for, against, points):
                Crystal Palace 2 1 0 1 3 2 3
                Huddersfield Town 2 1 0 1 3 3 3
                Reading 2 1 0 1 3 5 3
                Scotland 2 1 0 1 3 3 3
                """;
        List<ExtractedMention> mentions = extractor.extract(text);
        List<String> orgs = mentions.stream().filter(m -> m.type() == EntityType.ORGANIZATION)
                .map(ExtractedMention::text).toList();
        assertThat(orgs).contains("Reading", "Stoke", "Manchester City", "Swindon", "Crystal Palace")
                .doesNotContain("Scotland");
        assertThat(mentions).filteredOn(m -> m.type() == EntityType.PERSON).isEmpty();
    }

    @Test
    void aLeaderboardOfPeopleIsNotATableOfClubs() {
        String text = """
                GOLF - LEADING SCORES AT THE WORLD SERIES.

                AKRON, Ohio 2026-08-23
                Leading scores after the second round on Friday:
                Phil Mickelson 66 70 136
                Ernie Els 68 69 137
                Tiger Woods 70 67 137
                """;
        assertThat(extractor.extract(text)).filteredOn(m -> m.type() == EntityType.ORGANIZATION).isEmpty();
    }

    @Test
    void aNameStartingALineAfterAWrappedFixtureIsAClub() {
        String text = """
                Fixtures for Tuesday: English division two - Blackpool v Wycombe, Bournemouth v
                Peterborough, Bristol Rovers v Stockport. Postponed: Charlton v Birmingham, Sheffield United v
                Huddersfield.
                At Cardiff: Kent 128-1 (M. Walker 59, D. Fulton 53 not out) v
                Glamorgan.
                """;
        List<ExtractedMention> mentions = extractor.extract(text);
        assertThat(mentions).filteredOn(m -> Set.of("Peterborough", "Huddersfield", "Glamorgan").contains(m.text()))
                .extracting(ExtractedMention::type).containsExactly(EntityType.ORGANIZATION,
                        EntityType.ORGANIZATION, EntityType.ORGANIZATION);
    }
}
