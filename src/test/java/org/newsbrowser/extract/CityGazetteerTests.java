package org.newsbrowser.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CityGazetteerTests {

    private static final CityGazetteer CITIES = CityGazetteer.load();

    @Test
    void loadsTheShippedTable() {
        assertThat(CITIES.cityCount()).isGreaterThan(20_000);
    }

    @ParameterizedTest(name = "countryOfCity({0}) = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Houston       | US
            HOUSTON       | US
            Chicago       | US
            NEW YORK      | US
            Toronto       | CA
            SAO PAULO     | BR
            São Paulo     | BR
            ST. LOUIS     | US
            Saint Louis   | US
            AL-AIN        | AE
            ZURICH        | CH
            GENEVA        | CH
            FRANKFURT     | DE
            COLOGNE       | DE
            MONTREAL      | CA
            DUESSELDORF   | DE
            Düsseldorf    | DE
            LUEBECK       | DE
            Paris         | FR
            Cambridge     | GB
            """)
    void resolvesCitiesToTheirCountry(String city, String code) {
        assertThat(CITIES.countryOfCity(city)).contains(code);
    }

    @Test
    void unknownPlacesHaveNoCountry() {
        assertThat(CITIES.countryOfCity("Xyzzyville")).isEmpty();
        assertThat(CITIES.countryOfCity("")).isEmpty();
        assertThat(CITIES.countryOfCity(null)).isEmpty();
    }

    @Test
    void regionsByNameAndNewsAbbreviation() {
        assertThat(CITIES.countriesOfRegion("Texas")).containsExactly("US");
        assertThat(CITIES.countriesOfRegion("Mass.")).containsExactly("US");
        assertThat(CITIES.countriesOfRegion("MASS")).containsExactly("US");
        assertThat(CITIES.countriesOfRegion("N.Y.")).containsExactly("US");
        assertThat(CITIES.countriesOfRegion("Ont.")).containsExactly("CA");
        assertThat(CITIES.countriesOfRegion("Ontario")).containsExactly("CA");
        assertThat(CITIES.countriesOfRegion("Georgia")).contains("US");
        assertThat(CITIES.countriesOfRegion("Nowhere Land")).isEmpty();
    }
}
