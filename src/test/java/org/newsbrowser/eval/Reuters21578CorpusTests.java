package org.newsbrowser.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsbrowser.extract.CountryGazetteer;

class Reuters21578CorpusTests {

    private static final CountryGazetteer GAZETTEER = CountryGazetteer.load();

    /** Shaped like the records of reut2-000.sgm (Reuters-21578), with text written for this test. */
    private static final String SGML = """
            <!DOCTYPE lewis SYSTEM "lewis.dtd">
            <REUTERS TOPICS="YES" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="5544" NEWID="7">
            <DATE>26-FEB-1987 15:01:01.79</DATE>
            <TOPICS><D>cocoa</D></TOPICS>
            <PLACES><D>west-germany</D><D>usa</D><D>european-community</D></PLACES>
            <PEOPLE></PEOPLE>
            <TEXT>&#2;
            <TITLE>&lt;ACME&gt; SEES COCOA &amp; SUGAR GAINS</TITLE>
            <DATELINE>    BONN, Feb 26 - </DATELINE><BODY>Acme Corp said cocoa
            arrivals rose in the week.
                Shippers in Hamburg said the U.S. bought
            most of it.
             Reuter
            &#3;</BODY></TEXT>
            </REUTERS>
            <REUTERS TOPICS="NO" NEWID="8">
            <PLACES><D>japan</D></PLACES>
            <TEXT TYPE="BRIEF">&#2;
            <TITLE>NO BODY HERE</TITLE>
            &#3;</TEXT>
            </REUTERS>
            <REUTERS TOPICS="NO" NEWID="9">
            <PLACES></PLACES>
            <TEXT>&#2;<TITLE>NO PLACES</TITLE><BODY>Text.</BODY></TEXT>
            </REUTERS>
            """;

    @Test
    void keepsStoriesWithBodyAndPlacesAndDecodesEntities() {
        List<Reuters21578Corpus.Story> stories = Reuters21578Corpus.parse(SGML, "reut2-000.sgm");
        assertThat(stories).hasSize(1);
        Reuters21578Corpus.Story story = stories.get(0);
        assertThat(story.id()).isEqualTo("reut2-000.sgm#7");
        assertThat(story.title()).isEqualTo("<ACME> SEES COCOA & SUGAR GAINS");
        assertThat(story.places()).containsExactly("west-germany", "usa", "european-community");
        assertThat(story.body()).doesNotContain("&#3;").doesNotContain("\u0003");
    }

    @Test
    void textIsTitleThenDatelineAndUnwrappedParagraphs() {
        Reuters21578Corpus.Story story = Reuters21578Corpus.parse(SGML, "reut2-000.sgm").get(0);
        assertThat(story.text()).isEqualTo("""
                <ACME> SEES COCOA & SUGAR GAINS

                BONN, Feb 26 - Acme Corp said cocoa arrivals rose in the week.

                Shippers in Hamburg said the U.S. bought most of it.

                Reuter""");
    }

    @Test
    void goldCountriesDropPlacesThatAreNotCountries() {
        Reuters21578Corpus.Story story = Reuters21578Corpus.parse(SGML, "reut2-000.sgm").get(0);
        assertThat(Reuters21578Corpus.countries(story, GAZETTEER)).containsExactly("DE", "US");
        EvalDocument doc = Reuters21578Corpus.documents(List.of(story), GAZETTEER).get(0);
        assertThat(doc.otherPlaces()).containsExactly("european-community");
        assertThat(doc.scoresPeopleAndOrganizations()).isFalse();
    }

    @Test
    void mapsPlaceCodesToIsoCodes() {
        assertThat(Reuters21578Corpus.placeCode("usa", GAZETTEER)).hasValue("US");
        assertThat(Reuters21578Corpus.placeCode("uk", GAZETTEER)).hasValue("GB");
        assertThat(Reuters21578Corpus.placeCode("ussr", GAZETTEER)).hasValue("RU");
        assertThat(Reuters21578Corpus.placeCode("east-germany", GAZETTEER)).hasValue("DE");
        assertThat(Reuters21578Corpus.placeCode("japan", GAZETTEER)).hasValue("JP");
        assertThat(Reuters21578Corpus.placeCode("south-korea", GAZETTEER)).hasValue("KR");
        assertThat(Reuters21578Corpus.placeCode("saudi-arabia", GAZETTEER)).hasValue("SA");
        assertThat(Reuters21578Corpus.placeCode("hong-kong", GAZETTEER)).hasValue("HK");
        assertThat(Reuters21578Corpus.placeCode("new-zealand", GAZETTEER)).hasValue("NZ");
        assertThat(Reuters21578Corpus.placeCode("european-community", GAZETTEER)).isEmpty();
    }

    @Test
    void everyPlaceCodeOfTheCollectionMapsToACountry() {
        // the 147 place codes occurring in <PLACES> of the collection (from all-places-strings.lc.txt)
        List<String> codes = List.of("afghanistan", "albania", "algeria", "american-samoa", "andorra", "angola",
                "anguilla", "antigua", "argentina", "aruba", "australia", "austria", "bahamas", "bahrain",
                "bangladesh", "barbados", "belgium", "belize", "benin", "bermuda", "bhutan", "bolivia", "botswana",
                "brazil", "british-virgin-islands", "brunei", "bulgaria", "burkina-faso", "burma", "burundi",
                "cameroon", "canada", "cape-verde", "cayman-islands", "central-african-republic", "chad", "chile",
                "china", "colombia", "congo", "costa-rica", "cuba", "cyprus", "czechoslovakia", "denmark", "djibouti",
                "dominica", "dominican-republic", "east-germany", "ecuador", "egypt", "el-salvador",
                "equatorial-guinea", "ethiopia", "fiji", "finland", "france", "french-guiana", "gabon", "gambia",
                "ghana", "gibraltar", "greece", "grenada", "guadeloupe", "guam", "guatemala", "guinea",
                "guinea-bissau", "guyana", "haiti", "honduras", "hong-kong", "hungary", "iceland", "india",
                "indonesia", "iran", "iraq", "ireland", "israel", "italy", "ivory-coast", "jamaica", "japan", "jordan",
                "kampuchea", "kenya", "kuwait", "laos", "lebanon", "lesotho", "liberia", "libya", "liechtenstein",
                "luxembourg", "macao", "madagascar", "malawi", "malaysia", "mali", "malta", "martinique",
                "mauritania", "mauritius", "mexico", "monaco", "morocco", "mozambique", "namibia", "nepal",
                "netherlands", "netherlands-antilles", "new-caledonia", "new-zealand", "nicaragua", "niger", "nigeria",
                "north-korea", "norway", "oman", "pakistan", "panama", "papua-new-guinea", "paraguay", "peru",
                "philippines", "poland", "portugal", "qatar", "romania", "rwanda", "saudi-arabia", "senegal",
                "seychelles", "sierra-leone", "singapore", "somalia", "south-africa", "south-korea", "spain",
                "sri-lanka", "sudan", "suriname", "swaziland", "sweden", "switzerland", "syria", "taiwan", "tanzania",
                "thailand", "togo", "tonga", "trinidad-tobago", "tunisia", "turkey", "uae", "uganda", "uk", "uruguay",
                "us-virgin-islands", "usa", "ussr", "vanuatu", "vatican", "venezuela", "vietnam", "west-germany",
                "western-samoa", "yemen-arab-republic", "yemen-demo-republic", "yugoslavia", "zaire", "zambia",
                "zimbabwe");
        assertThat(codes).allSatisfy(code -> assertThat(Reuters21578Corpus.placeCode(code, GAZETTEER))
                .as(code).isPresent());
    }
}
