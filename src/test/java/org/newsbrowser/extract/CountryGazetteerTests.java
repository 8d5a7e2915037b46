package org.newsbrowser.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsbrowser.extract.CountryGazetteer.Country;

class CountryGazetteerTests {

    private static final CountryGazetteer GAZETTEER = CountryGazetteer.load();

    private static String code(Optional<Country> c) {
        return c.map(Country::code).orElse(null);
    }

    @ParameterizedTest(name = "byName({0}) = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Iran                       | IR
            Islamic Republic of Iran   | IR
            Iran's                     | IR
            Iran’s                     | IR
            IRAN                       | IR
            Tehran                     | IR
            U.S.                       | US
            US                         | US
            USA                        | US
            United States              | US
            the United States          | US
            The United States'         | US
            United States of America   | US
            Washington                 | US
            Washington D.C.            | US
            Washington, D.C.           | US
            White House                | US
            the White House            | US
            UK                         | GB
            U.K.                       | GB
            Britain                    | GB
            Britain's                  | GB
            Great Britain              | GB
            United Kingdom             | GB
            London                     | GB
            Downing Street             | GB
            Turkey                     | TR
            Türkiye                    | TR
            Turkiye                    | TR
            Ankara                     | TR
            Russia                     | RU
            Russian Federation         | RU
            Moscow                     | RU
            Kremlin                    | RU
            the Kremlin                | RU
            Ukraine                    | UA
            Kyiv                       | UA
            Finland                    | FI
            Sweden                     | SE
            Chad                       | TD
            Georgia                    | GE
            Côte d'Ivoire              | CI
            Cote d’Ivoire              | CI
            Ivory Coast                | CI
            Burma                      | MM
            the Netherlands            | NL
            Élysée                     | FR
            Elysee                     | FR
            Zhongnanhai                | CN
            Beijing                    | CN
            UAE                        | AE
            Singapore                  | SG
            Congo                      | CG
            DR Congo                   | CD
            """)
    void resolvesNamesAsWrittenInNews(String surface, String expected) {
        assertThat(code(GAZETTEER.byName(surface))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "byName({0}) is empty")
    @ValueSource(strings = {"us", "Us", "uk", "usa", "turkey", "Middle East", "Central Asia", "Black Sea", "IN", "IT",
            "AS", "Island", "Male", "Victoria", "Dominique", "Kingston", "Valley", "The Valley", "Korea", "Pentagon", "", " "})
    void doesNotResolveAmbiguousOrNonCountrySurfaces(String surface) {
        assertThat(GAZETTEER.byName(surface)).isEmpty();
    }

    @Test
    void nullIsEmptyEverywhere() {
        assertThat(GAZETTEER.byName(null)).isEmpty();
        assertThat(GAZETTEER.byDemonym(null)).isEmpty();
        assertThat(GAZETTEER.byCode(null)).isEmpty();
        assertThat(GAZETTEER.isSeatOfGovernment(null)).isFalse();
    }

    @ParameterizedTest(name = "byDemonym({0}) = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Iranian      | IR
            Iranians     | IR
            Turkish      | TR
            Russian      | RU
            Russians     | RU
            American     | US
            Americans    | US
            British      | GB
            Ukrainian    | UA
            Ukrainians   | UA
            Finnish      | FI
            Swedish      | SE
            French       | FR
            Indian       | IN
            Chinese      | CN
            Israeli      | IL
            Israelis     | IL
            South Korean | KR
            North Korean | KP
            """)
    void resolvesDemonyms(String word, String expected) {
        assertThat(code(GAZETTEER.byDemonym(word))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "byDemonym({0}) is empty")
    @ValueSource(strings = {"Korean", "Congolese", "Dominican", "iranian", "russian", "Middle Eastern", "Iran"})
    void doesNotResolveSharedOrLowerCaseDemonyms(String word) {
        assertThat(GAZETTEER.byDemonym(word)).isEmpty();
    }

    @Test
    void byCodeIsCaseInsensitive() {
        assertThat(GAZETTEER.byCode("ir")).contains(new Country("IR", "Iran"));
        assertThat(GAZETTEER.byCode("TR")).contains(new Country("TR", "Turkey"));
        assertThat(GAZETTEER.byCode("zz")).isEmpty();
    }

    @Test
    void displayNamesAreTheFamiliarShortForms() {
        assertThat(GAZETTEER.byName("Russia").orElseThrow().name()).isEqualTo("Russia");
        assertThat(GAZETTEER.byName("USA").orElseThrow().name()).isEqualTo("United States");
        assertThat(GAZETTEER.byName("UK").orElseThrow().name()).isEqualTo("United Kingdom");
        assertThat(GAZETTEER.byName("Ankara").orElseThrow().name()).isEqualTo("Turkey");
    }

    @Test
    void governmentBuildingsAreTellableFromCapitals() {
        assertThat(GAZETTEER.isGovernmentBuilding("the Kremlin")).isTrue();
        assertThat(GAZETTEER.isGovernmentBuilding("Downing Street")).isTrue();
        assertThat(GAZETTEER.isGovernmentBuilding("Berlin")).isFalse();
        assertThat(GAZETTEER.isGovernmentBuilding("the Tehran")).isFalse();
        assertThat(GAZETTEER.isGovernmentBuilding("Germany")).isFalse();
        assertThat(GAZETTEER.isGovernmentBuilding(null)).isFalse();
    }

    @Test
    void seatsOfGovernmentAreTellableFromCountryNames() {
        assertThat(GAZETTEER.isSeatOfGovernment("Tehran")).isTrue();
        assertThat(GAZETTEER.isSeatOfGovernment("the Kremlin")).isTrue();
        assertThat(GAZETTEER.isSeatOfGovernment("White House")).isTrue();
        assertThat(GAZETTEER.isSeatOfGovernment("Washington")).isTrue();
        assertThat(GAZETTEER.isSeatOfGovernment("Iran")).isFalse();
        assertThat(GAZETTEER.isSeatOfGovernment("Singapore")).isFalse();
        assertThat(GAZETTEER.isSeatOfGovernment("Middle East")).isFalse();
    }

    @Test
    void allHasEveryCountryWithAnUpperCaseCodeSortedByName() {
        List<Country> all = GAZETTEER.all();
        assertThat(all).hasSizeGreaterThan(240);
        assertThat(all).allSatisfy(c -> {
            assertThat(c.code()).matches("[A-Z]{2}");
            assertThat(c.name()).isNotBlank();
        });
        assertThat(all).extracting(Country::code).doesNotHaveDuplicates();
        assertThat(all).extracting(Country::name).isSorted();
        assertThat(all).contains(new Country("IR", "Iran"), new Country("TR", "Turkey"),
                new Country("US", "United States"), new Country("GB", "United Kingdom"));
    }

    @Test
    void everyCountryResolvesByItsOwnDisplayName() {
        for (Country c : GAZETTEER.all()) {
            assertThat(GAZETTEER.byName(c.name())).as(c.name()).contains(c);
        }
    }

    @Test
    void allIsImmutable() {
        List<Country> all = GAZETTEER.all();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> all.add(new Country("XX", "X")))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
