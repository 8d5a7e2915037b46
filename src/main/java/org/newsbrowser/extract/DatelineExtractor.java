package org.newsbrowser.extract;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsbrowser.entity.EntityType;

/**
 * The country of a story's dateline: the place a news story was filed from, written at the start of its body and
 * often the only place the story names. One COUNTRY mention over the dateline's city, normalized to the ISO code.
 *
 * <p>Dateline forms recognized at the start of one of the first lines, the city in capitals or title case and
 * optionally followed by a state, province or country ("CAMBRIDGE, Mass.", "TAVILDARA, Tajikistan"):
 * <ul>
 *   <li>with a date: "NEW YORK, March 3 -" (Reuters 1987), "Paris, Sept. 4 (AFP) -";</li>
 *   <li>with an agency: "LONDON (Reuters) -";</li>
 *   <li>with an ISO date closing the line: "LONDON 1996-08-30" (CoNLL-2003);</li>
 *   <li>capitals and a dash, a sentence following: "HOUSTON - Oil prices ...".</li>
 * </ul>
 * The country is, in order: the qualifier's when it is a region of the city's country ("ATLANTA, Georgia" is US);
 * the qualifier's when it is a country name ("TBILISI, Georgia"); the region's country when the qualifier is a
 * region of one country only ("GREENWICH, Conn."); the city's, as a country name or capital
 * ({@link CountryGazetteer}) or as a city ({@link CityGazetteer}). Unknown places give no dateline.
 *
 * <p>The COUNTRY mention lies over the words that name the country where the dateline names it (a capital
 * "LONDON", a country "SINGAPORE", a country as qualifier "TAVILDARA, Tajikistan"), else over the place ("NEW
 * YORK", "CAMBRIDGE, Mass."): the city itself is never listed as a country, but the country it was filed from is
 * one of the article's countries, as Reuters-21578 places count it (CoNLL-2003 does not; see docs/EVALUATION.md),
 * except in a sports report, where the dateline is the venue of the event ({@link #isSportsReport}).
 * The tagger's guesses on the dateline's place are ignored ({@link NewsEntityExtractor}).
 */
public final class DatelineExtractor implements EntityExtractor {

    public static final String NAME = "dateline";

    /** Lines from the start of the text where a dateline may stand (after a title and a byline). */
    private static final int MAX_LINES = 5;
    private static final int MAX_OFFSET = 1500;

    private static final String WORD = "\\p{Lu}[\\p{L}'’.\\-]*";
    private static final String CONNECTOR = "(?:de|da|do|dos|das|del|la|le|el|al|am|an|der|di|du|es|of|upon|sur)";
    private static final String PLACE = WORD + "(?:[ \\t]+(?:" + CONNECTOR + "[ \\t]+)?" + WORD + "){0,3}";
    private static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
            + "|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
    private static final String MONTH_ANY_CASE = "(?i:" + MONTH + ")\\.?";
    private static final Pattern DATELINE = Pattern.compile(
            "^[ \\t]*(?<city>" + PLACE + ")"
            + "(?:[ \\t]*,[ \\t]*(?!" + MONTH_ANY_CASE + "[ \\t]+\\d)(?<qualifier>" + PLACE + "))?"
            + "(?:"
            + "(?<iso>[ \\t]+\\d{4}-\\d{2}-\\d{2}[ \\t]*$)"
            + "|(?<date>[ \\t]*,?[ \\t]*" + MONTH_ANY_CASE + "[ \\t]+\\d{1,2}(?:[ \\t]*,[ \\t]*\\d{4})?)?"
            + "(?<agency>[ \\t]*\\([^()\\n]{1,40}\\))?"
            + "[ \\t]*(?:-{1,2}|[–—])[ \\t]+(?<next>\\S+)"
            + ")",
            Pattern.MULTILINE);
    /** Sports as the slug of a headline names them. */
    private static final String SPORTS = "soccer|football|american football|australian rules|baseball|basketball"
            + "|tennis|table tennis|golf|cricket|rugby|rugby union|rugby league|cycling|athletics|motor racing"
            + "|motorcycling|motocross|rallying|formula one|horse racing|boxing|hockey|ice hockey|skiing"
            + "|alpine skiing|swimming|sailing|yachting|rowing|squash|badminton|volleyball|handball|judo|wrestling"
            + "|triathlon|gymnastics|snooker|olympics|sport|sports|nfl|nba|nhl";
    /** A headline line starting with a sport and a dash or colon, optionally after a wire's slug ("RTRS - "). */
    private static final Pattern SPORTS_SLUG = Pattern.compile("(?im)^[ \\t]*(?:\\p{Lu}{2,6}[ \\t]+-[ \\t]+)?(?:"
            + SPORTS + ")[ \\t]*[-:–—]");
    private static final Pattern LOWER = Pattern.compile(".*\\p{Ll}.*");

    private final CountryGazetteer countries;
    private final CityGazetteer cities;

    public DatelineExtractor(CountryGazetteer countries, CityGazetteer cities) {
        this.countries = countries;
        this.cities = cities;
    }

    /**
     * Where a dateline's place is ({@code begin}..{@code end}: the city and any qualifier), the country it resolves
     * to, and the words that name that country ({@code namedBegin}..{@code namedEnd}), or -1 when only a city is
     * named.
     */
    public record Dateline(int begin, int end, String city, String qualifier, String country, int namedBegin,
            int namedEnd) {

        /** Whether the dateline names its country (a capital, a country name or a country as qualifier). */
        public boolean namesCountry() {
            return namedBegin >= 0;
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<ExtractedMention> extract(String text) {
        return find(text).filter(d -> d.namesCountry() || !isSportsReport(text, d.begin())).map(d -> {
            int begin = d.namesCountry() ? d.namedBegin() : d.begin();
            int end = d.namesCountry() ? d.namedEnd() : d.end();
            return List.of(new ExtractedMention(EntityType.COUNTRY, begin, end, text.substring(begin, end),
                    d.country(), NAME));
        }).orElse(List.of());
    }

    /**
     * Whether a headline before the dateline starts with a sports slug ("SOCCER - ...", "Tennis - ...", "RTRS -
     * Golf : ..."): the dateline of a sports report names the venue of the event, and a venue that is not a capital
     * does not make its country one of the report's countries (the players' and teams' countries are named in the
     * text). Measured on CoNLL-2003 train and Reuters-21578 (docs/EVALUATION-STEPS.md, step 8).
     */
    static boolean isSportsReport(String text, int datelineBegin) {
        return SPORTS_SLUG.matcher(text).region(0, datelineBegin).find();
    }

    /** The first dateline of the text that resolves to a country, if any. */
    public Optional<Dateline> find(String text) {
        int lineStart = 0;
        for (int line = 0; line < MAX_LINES && lineStart < Math.min(text.length(), MAX_OFFSET); line++) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            if (lineEnd > lineStart) {
                Optional<Dateline> d = parse(text, lineStart, lineEnd);
                if (d.isPresent()) {
                    return d;
                }
            } else {
                line--; // blank lines do not count
            }
            lineStart = lineEnd + 1;
        }
        return Optional.empty();
    }

    private Optional<Dateline> parse(String text, int lineStart, int lineEnd) {
        Matcher m = DATELINE.matcher(text).region(lineStart, lineEnd);
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        String city = m.group("city");
        String qualifier = m.group("qualifier");
        boolean capitals = !LOWER.matcher(city).matches();
        boolean titleCase = !capitals && city.chars().noneMatch(Character::isDigit);
        if (!capitals && !titleCase) {
            return Optional.empty();
        }
        if (m.group("iso") == null && m.group("date") == null && m.group("agency") == null
                && (!capitals || !LOWER.matcher(m.group("next")).matches())) {
            // a bare dash: only "CITY - Sentence", never a headline "CHINA - WHEAT"
            return Optional.empty();
        }
        Optional<String> country = resolve(city, qualifier);
        if (country.isEmpty()) {
            return Optional.empty();
        }
        int end = qualifier == null ? m.end("city") : m.end("qualifier");
        if (qualifier != null && namedCountry(qualifier).equals(country)) {
            return Optional.of(new Dateline(m.start("city"), end, city, qualifier, country.get(),
                    m.start("qualifier"), m.end("qualifier")));
        }
        boolean cityNamed = namedCountry(city).equals(country);
        return Optional.of(new Dateline(m.start("city"), end, city, qualifier, country.get(),
                cityNamed ? m.start("city") : -1, cityNamed ? m.end("city") : -1));
    }

    /** The country a place's words name: a country name or a capital, not a city's or region's country. */
    private Optional<String> namedCountry(String place) {
        return countries.byName(place).map(CountryGazetteer.Country::code);
    }

    /** The country of "CITY" or "CITY, QUALIFIER", by the rules in the class comment. */
    Optional<String> resolve(String city, String qualifier) {
        Optional<String> ofCity = cityCountry(city);
        if (qualifier == null) {
            return ofCity;
        }
        Set<String> regionOf = cities.countriesOfRegion(qualifier);
        if (ofCity.isPresent() && regionOf.contains(ofCity.get())) {
            return ofCity;
        }
        Optional<String> qualifierCountry = namedCountry(qualifier);
        if (qualifierCountry.isPresent()) {
            return qualifierCountry;
        }
        if (regionOf.size() == 1) {
            return Optional.of(regionOf.iterator().next());
        }
        return ofCity;
    }

    private Optional<String> cityCountry(String city) {
        return namedCountry(city).or(() -> cities.countryOfCity(city));
    }
}
