package org.newsbrowser.extract;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The acronyms an article defines in the usual way, "National Iranian Oil Company (NIOC)", mapped to their long
 * forms. A long form is the shortest run of words before the parenthesis whose initials spell the acronym.
 */
public final class Acronyms {

    private static final String ACRONYM = "\\p{Lu}[\\p{Lu}\\d&]{1,9}";
    private static final Pattern ACRONYM_IN_PARENTHESES = Pattern.compile("\\((" + ACRONYM + ")\\)");
    private static final Pattern ACRONYM_WORD = Pattern.compile(ACRONYM);
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** How far before the parenthesis a long form may start, in characters. */
    private static final int MAX_LONG_FORM_LENGTH = 160;
    private static final Set<String> MINOR_WORDS = Set.of("of", "and", "for", "the", "on", "in", "de", "&");
    private static final int MAX_WORDS = 10;

    private Acronyms() {
    }

    /** Whether the name is written as an acronym: two to ten capitals and digits ("PKK", "G7"). */
    static boolean isAcronym(String name) {
        return ACRONYM_WORD.matcher(name).matches();
    }

    /**
     * Acronym to long form, for every acronym defined in the text. The long form is looked for in the words before
     * the parenthesis, on the same line, after any earlier parenthesis; found by looking back from each
     * parenthesized acronym, so the cost grows with the text, not with the text times the look-back.
     */
    static Map<String, String> definedIn(String text) {
        Map<String, String> longForms = new HashMap<>();
        Matcher m = ACRONYM_IN_PARENTHESES.matcher(text);
        int searchedTo = 0;
        while (m.find()) {
            String before = text.substring(lookBackStart(text, m.start(), searchedTo), m.start()).strip();
            searchedTo = m.end();
            if (!before.isEmpty()) {
                longFormIn(Arrays.asList(SPACES.split(before)), m.group(1))
                        .ifPresent(longForm -> longForms.putIfAbsent(m.group(1), longForm));
            }
        }
        return longForms;
    }

    private static int lookBackStart(String text, int parenthesis, int searchedTo) {
        int end = parenthesis;
        while (end > searchedTo && Character.isWhitespace(text.charAt(end - 1)) && text.charAt(end - 1) != '\n') {
            end--;
        }
        int start = Math.max(searchedTo, end - MAX_LONG_FORM_LENGTH);
        for (int i = end - 1; i >= start; i--) {
            if (text.charAt(i) == '\n' || text.charAt(i) == '(') {
                return i + 1;
            }
        }
        return start;
    }

    /** The shortest run of words at the end of {@code words} that starts with a capital and spells the acronym. */
    private static Optional<String> longFormIn(List<String> words, String acronym) {
        for (int first = Math.max(0, words.size() - MAX_WORDS); first < words.size(); first++) {
            List<String> candidate = words.subList(first, words.size());
            if (!candidate.get(0).isEmpty() && Character.isUpperCase(candidate.get(0).charAt(0))
                    && spells(acronym, 0, candidate, 0)) {
                return Optional.of(String.join(" ", candidate));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether an organization's long form spells an acronym, as a definition "long form (ACRONYM)" would: "North
     * Atlantic Treaty Organization" spells "NATO".
     */
    public static boolean abbreviates(String acronym, String longForm) {
        List<String> words = Arrays.asList(SPACES.split(longForm.strip()));
        return words.size() > 1 && words.size() <= MAX_WORDS && Character.isUpperCase(words.get(0).charAt(0))
                && spells(acronym, 0, words, 0);
    }

    /**
     * Whether the words from {@code word} on spell the acronym from {@code letter} on: every capitalized word gives
     * its initial, or the initial of each hyphenated part ("North-South" -> N S); minor words may give theirs.
     */
    private static boolean spells(String acronym, int letter, List<String> words, int word) {
        if (word == words.size()) {
            return letter == acronym.length();
        }
        String w = words.get(word);
        if (MINOR_WORDS.contains(w)) {
            return spells(acronym, letter, words, word + 1)
                    || startsWith(acronym, letter, initials(w)) && spells(acronym, letter + 1, words, word + 1);
        }
        String parts = initials(w);
        return startsWith(acronym, letter, parts) && spells(acronym, letter + parts.length(), words, word + 1)
                || startsWith(acronym, letter, parts.substring(0, 1)) && spells(acronym, letter + 1, words, word + 1);
    }

    private static String initials(String word) {
        StringBuilder initials = new StringBuilder();
        for (String part : word.split("-")) {
            if (!part.isEmpty()) {
                initials.append(Character.toUpperCase(part.charAt(0)));
            }
        }
        return initials.isEmpty() ? "?" : initials.toString();
    }

    private static boolean startsWith(String acronym, int letter, String initials) {
        return acronym.startsWith(initials, letter);
    }
}
