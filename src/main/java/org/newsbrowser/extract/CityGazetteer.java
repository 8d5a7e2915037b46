package org.newsbrowser.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * Cities and first-level regions (states, provinces) with their countries, from GeoNames data (see
 * {@code cities/SOURCE.md}): what a dateline's "HOUSTON" or "CAMBRIDGE, Mass." says about where a story is.
 *
 * <p>A city name several places share was resolved when the table was built: to the national capital that has it,
 * otherwise to the most populous place; only names whose place has at least 15,000 inhabitants are kept. Names are
 * matched case-insensitively, without diacritics, dots, apostrophes or hyphens, and with "Saint" and "St." alike, so
 * "SAO PAULO", "ST. LOUIS" and "AL-AIN" find "São Paulo", "St. Louis" and "Al Ain"; German names also match
 * with umlauts spelt out ("DUESSELDORF").
 */
public final class CityGazetteer {

    private static final String FOLDER = "cities/";
    private static final Pattern DROPPED = Pattern.compile("[.'’`]");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-‐–]+");
    private static final Pattern SAINT = Pattern.compile("(^| )(saint|ste|st) ");

    private final Map<String, String> cityCountry;
    private final Map<String, Set<String>> regionCountries;

    private CityGazetteer(Map<String, String> cityCountry, Map<String, Set<String>> regionCountries) {
        this.cityCountry = cityCountry;
        this.regionCountries = regionCountries;
    }

    /** Reads the tables shipped in {@code cities/}. */
    public static CityGazetteer load() {
        Map<String, String> cities = new HashMap<>();
        Map<String, Integer> population = new HashMap<>();
        Map<String, String> transliterated = new HashMap<>();
        read("cities.tsv", 3, cols -> {
            String key = key(cols[0]);
            int pop = Integer.parseInt(cols[2]);
            // Two names that differ only in what key() drops: the more populous place wins.
            if (!key.isEmpty() && pop > population.getOrDefault(key, -1)) {
                population.put(key, pop);
                cities.put(key, cols[1]);
            }
            String german = germanTransliteration(cols[0]);
            if (german != null) {
                transliterated.merge(key(german), cols[1], (x, y) -> x);
            }
        });
        // "DUESSELDORF", "LUEBECK": the German spelling of umlauts, where no place has that name as written.
        transliterated.forEach(cities::putIfAbsent);
        Map<String, Set<String>> regions = new HashMap<>();
        BiConsumer<String, String> region = (name, code) -> {
            String key = key(name);
            if (!key.isEmpty()) {
                regions.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(code);
            }
        };
        read("regions.tsv", 2, cols -> region.accept(cols[0], cols[1]));
        read("region-abbreviations.tsv", 2, cols -> region.accept(cols[0], cols[1]));
        return new CityGazetteer(Map.copyOf(cities), Map.copyOf(regions));
    }

    /** The country (ISO 3166-1 alpha-2) a city name resolves to, in any case ("HOUSTON" is US). */
    public Optional<String> countryOfCity(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(cityCountry.get(key(name)));
    }

    /** The countries with a first-level region of that name or abbreviation ("Georgia": US; "Mass.": US). */
    public Set<String> countriesOfRegion(String name) {
        return name == null ? Set.of() : regionCountries.getOrDefault(key(name), Set.of());
    }

    /** How many city names the table holds. */
    public int cityCount() {
        return cityCountry.size();
    }

    /** "Düsseldorf" as "Duesseldorf", or null for a name without umlaut or sharp s. */
    static String germanTransliteration(String name) {
        if (name.chars().noneMatch(ch -> "äöüÄÖÜß".indexOf(ch) >= 0)) {
            return null;
        }
        return name.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("Ä", "Ae").replace("Ö", "Oe")
                .replace("Ü", "Ue").replace("ß", "ss");
    }

    /** The form names are compared in: folded, lower case, no dots or apostrophes, hyphens as spaces. */
    static String key(String name) {
        String s = CountryGazetteer.fold(name).toLowerCase(Locale.ROOT);
        s = DROPPED.matcher(s).replaceAll("");
        s = SEPARATORS.matcher(s).replaceAll(" ").strip();
        return SAINT.matcher(s).replaceAll("$1st ");
    }

    private interface Row {
        void accept(String[] cols);
    }

    private static void read(String file, int columns, Row row) {
        InputStream in = CityGazetteer.class.getClassLoader().getResourceAsStream(FOLDER + file);
        if (in == null) {
            throw new IllegalStateException("missing resource " + FOLDER + file);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length != columns) {
                    throw new IllegalStateException(FOLDER + file + ": expected " + columns + " columns: " + line);
                }
                row.accept(cols);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
