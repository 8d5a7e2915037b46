package org.newsbrowser.extract;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Country names, demonyms and seats of government.
 *
 * <p><b>Temporary stand-in</b> with the agreed API: names come from the JDK's ISO tables plus a handful of aliases,
 * demonyms and seats. It is to be replaced by the real gazetteer from its own branch on merge.
 */
public final class CountryGazetteer {

    private static final Pattern LEADING_THE = Pattern.compile("^the\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s?$");

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("u.s.", "US"), Map.entry("u.s", "US"), Map.entry("us", "US"), Map.entry("usa", "US"),
            Map.entry("u.s.a.", "US"), Map.entry("america", "US"), Map.entry("united states of america", "US"),
            Map.entry("uk", "GB"), Map.entry("u.k.", "GB"), Map.entry("britain", "GB"),
            Map.entry("great britain", "GB"), Map.entry("russian federation", "RU"), Map.entry("persia", "IR"),
            Map.entry("türkiye", "TR"), Map.entry("turkey", "TR"), Map.entry("uae", "AE"));

    private static final Map<String, String> SEATS = Map.ofEntries(
            Map.entry("tehran", "IR"), Map.entry("moscow", "RU"), Map.entry("kremlin", "RU"),
            Map.entry("washington", "US"), Map.entry("white house", "US"), Map.entry("ankara", "TR"),
            Map.entry("kyiv", "UA"), Map.entry("kiev", "UA"), Map.entry("beijing", "CN"), Map.entry("london", "GB"),
            Map.entry("downing street", "GB"), Map.entry("paris", "FR"), Map.entry("berlin", "DE"),
            Map.entry("damascus", "SY"), Map.entry("baghdad", "IQ"), Map.entry("jerusalem", "IL"));

    private static final Map<String, String> DEMONYMS = Map.ofEntries(
            Map.entry("iranian", "IR"), Map.entry("russian", "RU"), Map.entry("turkish", "TR"),
            Map.entry("ukrainian", "UA"), Map.entry("american", "US"), Map.entry("syrian", "SY"),
            Map.entry("chinese", "CN"), Map.entry("british", "GB"), Map.entry("french", "FR"),
            Map.entry("german", "DE"), Map.entry("israeli", "IL"), Map.entry("iraqi", "IQ"),
            Map.entry("saudi", "SA"), Map.entry("indian", "IN"), Map.entry("finnish", "FI"),
            Map.entry("swedish", "SE"), Map.entry("lebanese", "LB"), Map.entry("kazakh", "KZ"),
            Map.entry("kazakhstani", "KZ"), Map.entry("turkmen", "TM"), Map.entry("turkmenistani", "TM"),
            Map.entry("japanese", "JP"), Map.entry("italian", "IT"), Map.entry("spanish", "ES"),
            Map.entry("dutch", "NL"), Map.entry("australian", "AU"), Map.entry("canadian", "CA"));

    private static final Set<String> PLURAL_DEMONYMS = Set.of("iranians", "russians", "ukrainians", "americans",
            "syrians", "israelis", "iraqis", "saudis", "indians", "turks");

    private final Map<String, Country> byCode;
    private final Map<String, Country> byName;

    private CountryGazetteer(Map<String, Country> byCode, Map<String, Country> byName) {
        this.byCode = byCode;
        this.byName = byName;
    }

    /** Builds the gazetteer. */
    public static CountryGazetteer load() {
        Map<String, Country> codes = new HashMap<>();
        Map<String, Country> names = new HashMap<>();
        for (String code : Locale.getISOCountries()) {
            Country country = new Country(code, new Locale("", code).getDisplayCountry(Locale.ENGLISH));
            codes.put(code, country);
            names.put(country.name().toLowerCase(Locale.ROOT), country);
        }
        ALIASES.forEach((name, code) -> names.put(name, codes.get(code)));
        SEATS.forEach((name, code) -> names.put(name, codes.get(code)));
        return new CountryGazetteer(codes, names);
    }

    /** The country a name, alias or seat of government refers to; tolerant of a leading "the" and a possessive. */
    public Optional<Country> byName(String surface) {
        return Optional.ofNullable(byName.get(key(surface)));
    }

    /** The country of a demonym, singular or plural ("Iranian", "Iranians"). */
    public Optional<Country> byDemonym(String word) {
        String key = word.toLowerCase(Locale.ROOT);
        if (PLURAL_DEMONYMS.contains(key)) {
            key = key.equals("turks") ? "turkish" : key.substring(0, key.length() - 1);
        }
        return Optional.ofNullable(DEMONYMS.get(key)).map(byCode::get);
    }

    public Optional<Country> byCode(String iso2) {
        return Optional.ofNullable(byCode.get(iso2.toUpperCase(Locale.ROOT)));
    }

    public List<Country> all() {
        return byCode.values().stream().sorted(java.util.Comparator.comparing(Country::code)).toList();
    }

    /** Whether the name is a capital city or seat of government rather than the country itself. */
    public boolean isSeatOfGovernment(String surface) {
        return SEATS.containsKey(key(surface));
    }

    private static String key(String surface) {
        String stripped = POSSESSIVE.matcher(LEADING_THE.matcher(surface.strip()).replaceFirst("")).replaceFirst("");
        return String.join(" ", Arrays.asList(stripped.toLowerCase(Locale.ROOT).split("\\s+")));
    }

    /** A country by ISO 3166-1 alpha-2 code and English name. */
    public record Country(String code, String name) {
    }
}
