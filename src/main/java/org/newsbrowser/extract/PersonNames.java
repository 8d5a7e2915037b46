package org.newsbrowser.extract;

import org.newsbrowser.entity.NameKey;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Person-name normalization and within-article alias resolution. Knows titles and name particles, never particular
 * people: which names are aliases of each other is decided only from the names one article uses.
 */
public final class PersonNames {

    /**
     * Words that precede a name as a title or office ("Supreme Leader Ayatollah Ali Khamenei", "Foreign Minister
     * X"). Matched word by word, case-insensitively, without a trailing full stop.
     */
    private static final Set<String> TITLE_WORDS = Set.of(
            "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
            "president", "vice", "prime", "minister", "premier", "chancellor", "supreme", "leader", "deputy",
            "foreign", "defence", "defense", "interior", "finance", "secretary", "general", "gen", "state",
            "ayatollah", "grand", "sheikh", "sheik", "imam", "rabbi", "pope", "cardinal", "bishop", "reverend", "rev",
            "king", "queen", "prince", "princess", "crown", "emir", "sultan", "senator", "sen", "rep",
            "representative", "congressman", "congresswoman", "governor", "gov", "mayor", "judge", "justice",
            "ambassador", "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "chief", "commander",
            "colonel", "col", "lt", "lieutenant", "major", "maj", "captain", "capt", "sergeant", "sgt", "admiral",
            "marshal", "speaker", "former", "late", "acting");

    /**
     * Particles glued to an Arabic surname ("al-Assad"), which a lone surname drops; separate particles ("van Gogh")
     * need nothing since only the last word is compared.
     */
    private static final Pattern PARTICLE_PREFIX = Pattern.compile("^(?:al|el|ad|as|bin|ibn|abu)[-‐]");

    private static final Pattern POSSESSIVE = Pattern.compile("['’]s?$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern FINAL_DOT = Pattern.compile("\\.$");

    private PersonNames() {
    }

    /**
     * The name without leading titles and a trailing possessive: "Supreme Leader Ayatollah Ali Khamenei" -> "Ali
     * Khamenei", "Putin’s" -> "Putin". The last word is always kept, so "Martin Luther King" and "King" survive.
     */
    public static String stripTitles(String name) {
        List<String> words = words(POSSESSIVE.matcher(name.strip()).replaceFirst(""));
        int first = 0;
        while (first < words.size() - 1 && isTitle(words.get(first))) {
            first++;
        }
        return String.join(" ", words.subList(first, words.size()));
    }

    /** Whether a word is a title or office word ("President", "Dr.", "spokesman"). */
    public static boolean isTitle(String word) {
        return TITLE_WORDS.contains(FINAL_DOT.matcher(fold(word)).replaceFirst(""));
    }

    /** Lower case without diacritics, for comparing names written with and without accents. */
    public static String fold(String s) {
        return NameKey.of(s);
    }

    /** The folded word a person is called by alone: the last word without particles ("Bashar al-Assad" -> "assad"). */
    public static String surnameKey(String name) {
        List<String> words = words(name);
        return PARTICLE_PREFIX.matcher(fold(words.get(words.size() - 1))).replaceFirst("");
    }

    /**
     * Resolves the person mentions of one article to one name per person.
     *
     * <p>Full names (two or more words after stripping titles) that differ only in accents are one person; a full
     * name whose words all occur in order in a unique longer full name with the same surname is that person
     * ("Vladimir Putin" in "Vladimir Vladimirovich Putin"). A single word resolves to the full name with that
     * surname, the nearest preceding one if several share it, the first following one if none precedes; two full
     * names are never merged just because they share a surname. Each person is named by the most frequent written
     * form of its longest name.
     *
     * @param names the surface names in text order
     * @return the normalized name of each, in the same order
     */
    public static List<String> resolve(List<String> names) {
        List<String> stripped = names.stream().map(PersonNames::stripTitles).toList();
        Map<String, String> fullTargets = fullNameTargets(stripped);
        List<String> targets = new ArrayList<>(stripped.size());
        for (int i = 0; i < stripped.size(); i++) {
            String key = key(stripped.get(i));
            targets.add(fullTargets.containsKey(key) ? fullTargets.get(key) : singleTarget(stripped, fullTargets, i));
        }
        Map<String, String> display = displayForms(stripped, targets);
        return targets.stream().map(display::get).toList();
    }

    /** Maps the folded key of every multi-word name to the folded key of the person it names. */
    private static Map<String, String> fullNameTargets(List<String> stripped) {
        List<String> fullKeys = stripped.stream().map(PersonNames::key).filter(k -> k.contains(" ")).distinct()
                .sorted(Comparator.comparingInt((String k) -> words(k).size()).reversed()).toList();
        Map<String, String> targets = new LinkedHashMap<>();
        for (String key : fullKeys) {
            List<String> longer = fullKeys.stream()
                    .filter(other -> words(other).size() > words(key).size() && containsInOrder(other, key))
                    .map(targets::get).distinct().toList();
            targets.put(key, longer.size() == 1 ? longer.get(0) : key);
        }
        return targets;
    }

    private static boolean containsInOrder(String longer, String shorter) {
        if (!surnameKey(longer).equals(surnameKey(shorter))) {
            return false;
        }
        List<String> all = words(longer);
        int at = 0;
        for (String word : words(shorter)) {
            while (at < all.size() && !all.get(at).equals(word)) {
                at++;
            }
            if (at++ == all.size()) {
                return false;
            }
        }
        return true;
    }

    private static String singleTarget(List<String> stripped, Map<String, String> fullTargets, int index) {
        String surname = surnameKey(stripped.get(index));
        Set<String> candidates = fullTargets.entrySet().stream()
                .filter(e -> surnameKey(e.getKey()).equals(surname)).map(Map.Entry::getValue)
                .collect(Collectors.toSet());
        if (candidates.size() <= 1) {
            return candidates.isEmpty() ? key(stripped.get(index)) : candidates.iterator().next();
        }
        for (int i = index - 1; i >= 0; i--) {
            String target = fullTargets.get(key(stripped.get(i)));
            if (candidates.contains(target)) {
                return target;
            }
        }
        return stripped.stream().map(s -> fullTargets.get(key(s))).filter(candidates::contains).findFirst()
                .orElseThrow();
    }

    /** The most frequent written form among the mentions whose own key is the person's key; first wins ties. */
    private static Map<String, String> displayForms(List<String> stripped, List<String> targets) {
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        for (int i = 0; i < stripped.size(); i++) {
            if (key(stripped.get(i)).equals(targets.get(i))) {
                counts.computeIfAbsent(targets.get(i), k -> new LinkedHashMap<>())
                        .merge(normalizeSpaces(stripped.get(i)), 1, Integer::sum);
            }
        }
        Map<String, String> display = new HashMap<>();
        counts.forEach((target, forms) -> display.put(target, forms.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue()).orElseThrow().getKey()));
        return display;
    }

    private static String key(String name) {
        return fold(normalizeSpaces(name));
    }

    private static String normalizeSpaces(String name) {
        return SPACES.matcher(name.strip()).replaceAll(" ");
    }

    private static List<String> words(String name) {
        return Arrays.asList(SPACES.split(name.strip()));
    }
}
