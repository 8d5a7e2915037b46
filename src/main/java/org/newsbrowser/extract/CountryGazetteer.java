package org.newsbrowser.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.json.JsonFactory;

/**
 * Resolves the ways English news names a country (names, short forms, demonyms, capitals, seats of government)
 * to the country's ISO 3166-1 alpha-2 code.
 *
 * <p>The data is the {@code world-countries} package (mledoze/countries, ODbL) shipped unmodified in
 * {@code countries/world-countries.json}; {@code countries/SOURCE.md} gives its version. Beside it are three small
 * hand-kept supplements, each explaining itself: {@code seats-of-government.tsv}, {@code name-overrides.tsv} and
 * {@code excluded-names.txt}.
 *
 * <p>Decisions, so callers know what to expect:
 * <ul>
 *   <li><b>Names</b> are {@code name.common}, {@code name.official}, the display name, and {@code altSpellings} less
 *       those too ambiguous in English prose: two-letter forms other than "US" and "UK" ("IN", "IT", "AS" are
 *       words), forms starting with a lower-case letter, and the surfaces in {@code excluded-names.txt}.
 *       All-caps forms of two or three letters also get their dotted form ("U.S.", "U.K.", "U.A.E.").
 *       A surface that two countries claim at the same rank resolves to neither; a common or official name
 *       outranks another country's alt spelling.</li>
 *   <li><b>Capitals</b> (and the hand-kept seats of government) resolve too, except a capital shared by two
 *       countries ("Kingston"), one equal to another country's name, one starting with "The" ("The Valley") and
 *       the excluded ones. A trailing abbreviation is also dropped ("Washington D.C." gives "Washington").</li>
 *   <li><b>Case</b>: a surface must start with a capital letter. It matches exactly, or case-insensitively
 *       ("IRAN", "Islamic republic of Iran") except for forms with no lower-case letter, so "US" matches but
 *       "us" and "Us" do not.</li>
 *   <li><b>Demonyms</b> ({@code demonyms.eng.m/f} and their plurals) resolve only if one country owns them. The
 *       data gives some sovereign states' demonyms to their territories as well ("American" to the Northern
 *       Mariana Islands, "French" to the French Southern Territories); there the single independent claimant
 *       wins. Demonyms shared by independent states ("Congolese", "Dominican") resolve to nothing. "Korean" is
 *       not in the data (it has "South Korean" and "North Korean") and so resolves to nothing.</li>
 * </ul>
 *
 * <p>Instances are immutable and thread-safe; lookups are hash-map gets. Load once with {@link #load()} and share.
 */
public final class CountryGazetteer {

    /**
     * A country.
     *
     * @param code ISO 3166-1 alpha-2 code, upper-case ("IR")
     * @param name the short English name readers know ("Iran", "Russia", "United States", "Turkey")
     */
    public record Country(String code, String name) {}

    private static final String FOLDER = "countries/";

    /** The only two-letter forms that English prose uses for a country; every other one is also a word or noise. */
    private static final Set<String> TWO_LETTER_FORMS = Set.of("US", "UK");

    /** "Washington D.C." and the like: a place followed by a dotted abbreviation. */
    private static final Pattern TRAILING_ABBREVIATION = Pattern.compile("^(.*?)[ ,]+((?:\\p{Lu}\\.){2,})$");

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    // Ranks of a surface: a lower rank wins over a higher one; two countries at the same rank cancel out.
    private static final int RANK_NAME = 0;
    private static final int RANK_ALT = 1;
    private static final int RANK_SEAT = 2;

    private final List<Country> all;
    private final Map<String, Country> byCode;
    private final Map<String, Country> byName;
    /** Lower-cased names, for headlines and odd capitalization; holds no form without a lower-case letter. */
    private final Map<String, Country> byNameIgnoreCase;
    private final Set<String> seats;
    /** The hand-kept seats that are buildings or offices ("Kremlin"), not cities. */
    private final Set<String> buildings;
    private final Map<String, Country> byDemonym;
    private final Map<String, Country> byDemonymIgnoreCase;

    private CountryGazetteer(List<Country> all, Map<String, Country> byName, Map<String, Country> byNameIgnoreCase,
            Set<String> seats, Set<String> buildings, Map<String, Country> byDemonym,
            Map<String, Country> byDemonymIgnoreCase) {
        this.all = List.copyOf(all);
        Map<String, Country> codes = new HashMap<>();
        for (Country c : all) {
            codes.put(c.code(), c);
        }
        this.byCode = Map.copyOf(codes);
        this.byName = Map.copyOf(byName);
        this.byNameIgnoreCase = Map.copyOf(byNameIgnoreCase);
        this.seats = Set.copyOf(seats);
        this.buildings = Set.copyOf(buildings);
        this.byDemonym = Map.copyOf(byDemonym);
        this.byDemonymIgnoreCase = Map.copyOf(byDemonymIgnoreCase);
    }

    /** Loads the shipped data; call once and share (immutable, thread-safe). */
    public static CountryGazetteer load() {
        List<RawCountry> raw = readCountries();
        Map<String, String> display = new HashMap<>();
        Map<String, List<String>> aliases = new HashMap<>();
        for (String[] row : readTsv("name-overrides.tsv", 3)) {
            switch (row[1]) {
                case "display" -> display.put(row[0], row[2]);
                case "alias" -> aliases.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row[2]);
                default -> throw new IllegalStateException("unknown kind in name-overrides.tsv: " + row[1]);
            }
        }
        Set<String> excluded = new HashSet<>();
        for (String line : readLines("excluded-names.txt")) {
            excluded.add(fold(line));
        }

        List<Country> all = new ArrayList<>();
        Map<String, Boolean> independent = new HashMap<>();
        Ranked names = new Ranked();
        Ranked capitals = new Ranked();
        Map<String, Set<String>> demonymOwners = new LinkedHashMap<>();
        for (RawCountry rc : raw) {
            String code = rc.cca2().toUpperCase(Locale.ROOT);
            String name = display.getOrDefault(code, rc.name().common());
            all.add(new Country(code, name));
            // Kosovo has no "independent" value: treat unknown as not independent.
            independent.put(code, Boolean.TRUE.equals(rc.independent()));

            names.add(rc.name().common(), code, RANK_NAME);
            names.add(rc.name().official(), code, RANK_NAME);
            names.add(name, code, RANK_NAME);
            for (String alt : nullToEmpty(rc.altSpellings())) {
                if (usableAltSpelling(alt, excluded)) {
                    names.add(alt, code, RANK_ALT);
                    dottedForm(alt).ifPresent(dotted -> names.add(dotted, code, RANK_ALT));
                }
            }
            for (String alias : aliases.getOrDefault(code, List.of())) {
                names.add(alias, code, RANK_ALT);
            }
            for (String capital : nullToEmpty(rc.capital())) {
                if (capital.startsWith("The ") || excluded.contains(fold(capital))) {
                    continue;
                }
                capitalForms(capital, f -> capitals.add(f, code, RANK_SEAT));
            }
            if (rc.demonyms() != null && rc.demonyms().get("eng") != null) {
                for (String d : rc.demonyms().get("eng").values()) {
                    if (d == null || d.isBlank()) {
                        continue;
                    }
                    demonymOwners.computeIfAbsent(fold(d), k -> new HashSet<>()).add(code);
                    demonymOwners.computeIfAbsent(fold(plural(d)), k -> new HashSet<>()).add(code);
                }
            }
        }
        all.sort(Comparator.comparing(Country::name).thenComparing(Country::code));
        Map<String, Country> countryByCode = new HashMap<>();
        for (Country c : all) {
            countryByCode.put(c.code(), c);
        }

        Map<String, String> nameCodes = names.resolve();
        Map<String, String> seatCodes = new HashMap<>();
        for (Map.Entry<String, String> e : capitals.resolve().entrySet()) {
            String other = nameCodes.get(e.getKey());
            // A capital equal to its own country's name (Singapore, Monaco) is just the name; one equal to another
            // country's name would steal that name.
            if (other == null) {
                seatCodes.put(e.getKey(), e.getValue());
            }
        }
        Set<String> buildings = new HashSet<>();
        for (String[] row : readTsv("seats-of-government.tsv", 2)) {
            String code = row[0];
            if (!countryByCode.containsKey(code)) {
                throw new IllegalStateException("seats-of-government.tsv: unknown code " + code);
            }
            seatCodes.put(fold(row[1]), code);
            buildings.add(fold(row[1]));
        }

        Map<String, Country> byName = new HashMap<>();
        nameCodes.forEach((k, code) -> byName.put(k, countryByCode.get(code)));
        seatCodes.forEach((k, code) -> byName.putIfAbsent(k, countryByCode.get(code)));
        Map<String, Country> byNameIgnoreCase = ignoreCase(byName);

        Map<String, Country> byDemonym = new HashMap<>();
        demonymOwners.forEach((d, owners) -> soleOwner(owners, independent)
                .ifPresent(code -> byDemonym.put(d, countryByCode.get(code))));
        return new CountryGazetteer(all, byName, byNameIgnoreCase, seatCodes.keySet(), buildings, byDemonym,
                ignoreCase(byDemonym));
    }

    /**
     * A country by a name as written in news: common and official names, short forms and alt spellings ("U.S.",
     * "UK", "Britain"), and capitals or seats of government standing for the state ("Tehran", "the Kremlin").
     * Case-sensitive for forms without lower-case letters ("US" yes, "us" no); tolerant of a leading "the ",
     * diacritics and a possessive "'s" or "’s".
     */
    public Optional<Country> byName(String surface) {
        return lookup(surface, byName, byNameIgnoreCase);
    }

    /**
     * A country by a demonym or adjective ("Iranian", "Iranians", "Turkish"); capitalized words only. Empty for
     * demonyms several independent countries share ("Congolese") and for "Korean".
     */
    public Optional<Country> byDemonym(String word) {
        if (word == null) {
            return Optional.empty();
        }
        String w = fold(word);
        if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0))) {
            return Optional.empty();
        }
        Country c = byDemonym.get(w);
        if (c == null) {
            c = byDemonymIgnoreCase.get(w.toLowerCase(Locale.ROOT));
        }
        return Optional.ofNullable(c);
    }

    /** A country by its ISO 3166-1 alpha-2 code, case-insensitive ("ir" gives Iran). */
    public Optional<Country> byCode(String iso2) {
        return iso2 == null ? Optional.empty() : Optional.ofNullable(byCode.get(iso2.trim().toUpperCase(Locale.ROOT)));
    }

    /** Every country in the data, sorted by name. */
    public List<Country> all() {
        return all;
    }

    /**
     * True if the surface is a seat of government or capital rather than a country name ("Tehran", "the Kremlin",
     * not "Iran" nor "Singapore"), so callers can also keep it as an organization or place.
     */
    public boolean isSeatOfGovernment(String surface) {
        for (String candidate : candidates(surface)) {
            if (byName.containsKey(candidate)) {
                return seats.contains(candidate);
            }
        }
        return false;
    }

    /**
     * True if the surface is a seat of government that is a building or office standing for the leadership ("the
     * Kremlin", "White House", "Downing Street"), from {@code seats-of-government.tsv}; false for capital cities
     * ("Tehran", "Berlin"), which stand for the country itself.
     */
    public boolean isGovernmentBuilding(String surface) {
        for (String candidate : candidates(surface)) {
            if (byName.containsKey(candidate)) {
                return buildings.contains(candidate);
            }
        }
        return false;
    }

    private static Optional<Country> lookup(String surface, Map<String, Country> exact,
            Map<String, Country> ignoreCase) {
        List<String> candidates = candidates(surface);
        for (String candidate : candidates) {
            Country c = exact.get(candidate);
            if (c != null) {
                return Optional.of(c);
            }
        }
        for (String candidate : candidates) {
            Country c = ignoreCase.get(candidate.toLowerCase(Locale.ROOT));
            if (c != null) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /**
     * The forms to try for a surface, as written first: "St. George's" is a capital, so the possessive is only
     * stripped when the whole surface does not match.
     */
    private static List<String> candidates(String surface) {
        if (surface == null) {
            return List.of();
        }
        String s = fold(surface);
        List<String> out = new ArrayList<>(4);
        addCandidate(out, s);
        String noThe = stripThe(s);
        addCandidate(out, noThe);
        addCandidate(out, stripPossessive(s));
        addCandidate(out, stripPossessive(noThe));
        return out;
    }

    private static void addCandidate(List<String> out, String s) {
        // Names are capitalized; a lower-case start ("us", "turkey", "china") is an ordinary word.
        if (!s.isEmpty() && !Character.isLowerCase(s.codePointAt(0)) && !out.contains(s)) {
            out.add(s);
        }
    }

    private static String stripThe(String s) {
        if (s.length() > 4 && (s.startsWith("the ") || s.startsWith("The ") || s.startsWith("THE "))) {
            return s.substring(4);
        }
        return s;
    }

    private static String stripPossessive(String s) {
        if (s.endsWith("'s") || s.endsWith("'S")) {
            return s.substring(0, s.length() - 2);
        }
        if (s.endsWith("s'")) {
            return s.substring(0, s.length() - 1);
        }
        return s;
    }

    /** Removes diacritics, unifies apostrophes and whitespace: news writes "Turkiye" and "Türkiye" alike. */
    static String fold(String s) {
        String n = s.strip();
        if (!n.chars().allMatch(ch -> ch < 0x80)) {
            n = Normalizer.normalize(n, Normalizer.Form.NFD);
            n = COMBINING_MARKS.matcher(n).replaceAll("");
            n = n.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u02BC', '\'');
        }
        return WHITESPACE.matcher(n).replaceAll(" ");
    }

    private static boolean usableAltSpelling(String alt, Set<String> excluded) {
        String f = fold(alt);
        if (f.isEmpty() || Character.isLowerCase(f.codePointAt(0))) {
            return false;
        }
        if (f.length() <= 2 && !TWO_LETTER_FORMS.contains(f)) {
            return false;
        }
        return !excluded.contains(f);
    }

    /** "US" -> "U.S.", "UAE" -> "U.A.E.": news style guides write short acronyms of countries with dots. */
    private static Optional<String> dottedForm(String alt) {
        if (alt.length() < 2 || alt.length() > 3 || !alt.chars().allMatch(ch -> ch >= 'A' && ch <= 'Z')) {
            return Optional.empty();
        }
        StringBuilder sb = new StringBuilder();
        for (char ch : alt.toCharArray()) {
            sb.append(ch).append('.');
        }
        return Optional.of(sb.toString());
    }

    /** A capital as given, and without a trailing abbreviation in the ways news writes it. */
    private static void capitalForms(String capital, Consumer<String> sink) {
        sink.accept(capital);
        Matcher m = TRAILING_ABBREVIATION.matcher(capital);
        if (m.matches()) {
            String place = m.group(1);
            String abbreviation = m.group(2);
            sink.accept(place);
            sink.accept(place + " " + abbreviation);
            sink.accept(place + ", " + abbreviation);
            sink.accept(place + " " + abbreviation.replace(".", ""));
            sink.accept(place + ", " + abbreviation.replace(".", ""));
        }
    }

    /** Simple English plural of a demonym: "Iranian" -> "Iranians"; "Chinese", "British", "Swiss" stay. */
    static String plural(String demonym) {
        String d = demonym;
        if (d.endsWith("s") || d.endsWith("sh") || d.endsWith("ch") || d.endsWith("x") || d.endsWith("z")
                || d.endsWith("ese")) {
            return d;
        }
        if (d.endsWith("y") && d.length() > 1 && "aeiou".indexOf(d.charAt(d.length() - 2)) < 0) {
            return d.substring(0, d.length() - 1) + "ies";
        }
        return d + "s";
    }

    /** The one owner of a demonym, or the one independent owner when territories share their sovereign's. */
    private static Optional<String> soleOwner(Set<String> owners, Map<String, Boolean> independent) {
        if (owners.size() == 1) {
            return Optional.of(owners.iterator().next());
        }
        List<String> sovereign = owners.stream().filter(independent::get).toList();
        return sovereign.size() == 1 ? Optional.of(sovereign.get(0)) : Optional.empty();
    }

    /** Lower-cased keys for keys that have a lower-case letter; an all-caps key ("US") must match exactly. */
    private static Map<String, Country> ignoreCase(Map<String, Country> exact) {
        Map<String, Country> out = new HashMap<>();
        Set<String> clashes = new HashSet<>();
        exact.forEach((k, c) -> {
            if (k.equals(k.toUpperCase(Locale.ROOT))) {
                return;
            }
            String lower = k.toLowerCase(Locale.ROOT);
            Country prev = out.putIfAbsent(lower, c);
            if (prev != null && !prev.equals(c)) {
                clashes.add(lower);
            }
        });
        clashes.forEach(out::remove);
        return out;
    }

    private static <T> List<T> nullToEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** Surfaces with the countries claiming them at their best rank. */
    private static final class Ranked {
        private final Map<String, Integer> rank = new HashMap<>();
        private final Map<String, Set<String>> codes = new HashMap<>();

        void add(String surface, String code, int r) {
            if (surface == null || surface.isBlank()) {
                return;
            }
            String s = fold(surface);
            put(s, code, r);
            String noThe = stripThe(s);
            if (!noThe.equals(s)) {
                put(noThe, code, r);
            }
        }

        private void put(String s, String code, int r) {
            Integer current = rank.get(s);
            if (current == null || r < current) {
                rank.put(s, r);
                codes.put(s, new HashSet<>(Set.of(code)));
            } else if (r == current) {
                codes.get(s).add(code);
            }
        }

        /** Surfaces that exactly one country claims at their best rank. */
        Map<String, String> resolve() {
            Map<String, String> out = new HashMap<>();
            codes.forEach((s, cs) -> {
                if (cs.size() == 1) {
                    out.put(s, cs.iterator().next());
                }
            });
            return out;
        }
    }

    /** The fields of one world-countries entry that the gazetteer uses. */
    private record RawCountry(RawName name, String cca2, Boolean independent, List<String> capital,
            List<String> altSpellings, Map<String, Map<String, String>> demonyms) {}

    private record RawName(String common, String official) {}

    /**
     * Streams the file, skipping what is not needed (translations, currencies, borders are most of its 1.4 MB):
     * much faster than binding the whole document, which keeps {@link #load()} well under 200 ms.
     */
    private static List<RawCountry> readCountries() {
        List<RawCountry> out = new ArrayList<>(260);
        try (InputStream in = open("world-countries.json"); JsonParser p = new JsonFactory().createParser(in)) {
            expect(p.nextToken(), JsonToken.START_ARRAY);
            while (p.nextToken() == JsonToken.START_OBJECT) {
                out.add(readCountry(p));
            }
        } catch (IOException | JacksonException e) {
            throw new IllegalStateException("cannot read " + FOLDER + "world-countries.json", e);
        }
        return out;
    }

    private static RawCountry readCountry(JsonParser p) {
        RawName name = null;
        String cca2 = null;
        Boolean independent = null;
        List<String> capital = List.of();
        List<String> altSpellings = List.of();
        Map<String, Map<String, String>> demonyms = Map.of();
        String field;
        while ((field = p.nextName()) != null) {
            JsonToken t = p.nextToken();
            switch (field) {
                case "name" -> {
                    Map<String, String> n = readStringFields(p);
                    name = new RawName(n.get("common"), n.get("official"));
                }
                case "cca2" -> cca2 = p.getString();
                case "independent" -> independent = t == JsonToken.VALUE_NULL ? null : p.getBooleanValue();
                case "capital" -> capital = readStrings(p);
                case "altSpellings" -> altSpellings = readStrings(p);
                case "demonyms" -> {
                    Map<String, Map<String, String>> d = new HashMap<>();
                    expect(t, JsonToken.START_OBJECT);
                    String lang;
                    while ((lang = p.nextName()) != null) {
                        p.nextToken();
                        d.put(lang, readStringFields(p));
                    }
                    demonyms = d;
                }
                default -> p.skipChildren();
            }
        }
        if (name == null || cca2 == null) {
            throw new IllegalStateException("entry without name or cca2 near " + p.currentLocation());
        }
        return new RawCountry(name, cca2, independent, capital, altSpellings, demonyms);
    }

    /** The string-valued fields of the current object; nested objects ("native" names) are skipped. */
    private static Map<String, String> readStringFields(JsonParser p) {
        expect(p.currentToken(), JsonToken.START_OBJECT);
        Map<String, String> out = new HashMap<>();
        String field;
        while ((field = p.nextName()) != null) {
            if (p.nextToken() == JsonToken.VALUE_STRING) {
                out.put(field, p.getString());
            } else {
                p.skipChildren();
            }
        }
        return out;
    }

    private static List<String> readStrings(JsonParser p) {
        expect(p.currentToken(), JsonToken.START_ARRAY);
        List<String> out = new ArrayList<>();
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t == JsonToken.VALUE_STRING) {
                out.add(p.getString());
            } else {
                p.skipChildren();
            }
        }
        return out;
    }

    private static void expect(JsonToken actual, JsonToken expected) {
        if (actual != expected) {
            throw new IllegalStateException("world-countries.json: expected " + expected + " but found " + actual);
        }
    }

    private static List<String[]> readTsv(String file, int columns) {
        List<String[]> rows = new ArrayList<>();
        for (String line : readLines(file)) {
            String[] cols = line.split("\t");
            if (cols.length != columns) {
                throw new IllegalStateException(file + ": expected " + columns + " tab-separated columns: " + line);
            }
            for (int i = 0; i < cols.length; i++) {
                cols[i] = cols[i].strip();
            }
            rows.add(cols);
        }
        return rows;
    }

    /** Non-blank lines that are not {@code #} comments. */
    private static List<String> readLines(String file) {
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(open(file), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    private static InputStream open(String file) {
        InputStream in = CountryGazetteer.class.getClassLoader().getResourceAsStream(FOLDER + file);
        if (in == null) {
            throw new IllegalStateException("missing resource " + FOLDER + file);
        }
        return in;
    }
}
