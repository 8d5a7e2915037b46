package org.newsbrowser.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The word rules topics are built from, shared by {@link TopicBackgroundBuilder} and {@link TopicExtractor} so that
 * the keys in the background table are exactly the keys the extractor looks up.
 *
 * <p>A <em>term</em> is a lowercase-written word of three or more letters that is not a stopword, or two such words
 * written next to each other (separated by spaces, at most one line break, or a single hyphen). A term's
 * <em>key</em> is its words with plural endings removed, so "drone" and "drones" share the key {@code drone}.
 */
final class TopicTerms {

    /** A word together with a possessive {@code 's}, which is dropped so "company's" still counts as "company". */
    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['’]\\p{L}+)*");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s$");
    private static final Pattern LOWERCASE = Pattern.compile("\\p{Ll}+");
    private static final Pattern SPACES_AND_HYPHENS = Pattern.compile("[\\s-]+");
    private static final Pattern BIGRAM_GAP = Pattern.compile("[ \\t\\u00A0]*\\r?\\n?[ \\t\\u00A0]*|-");
    private static final int MIN_LETTERS = 3;
    private static final String PHRASE_END = ".,;:?!)";

    /** Words that never make a subject on their own: function words, auxiliaries, pronouns, vague quantifiers. */
    private static final Set<String> STOPWORDS = Set.of(
            "about", "above", "across", "after", "again", "against", "ago", "all", "almost", "along", "already",
            "also", "although", "always", "among", "and", "another", "any", "anyone", "anything", "are", "around",
            "away", "back", "became", "because", "become", "been", "before", "behind", "being", "below", "best",
            "better", "between", "both", "but", "can", "cannot", "could", "did", "does", "doing", "done", "down",
            "during", "each", "either", "else", "enough", "even", "ever", "every", "few", "for", "from", "further",
            "get", "gets", "getting", "got", "had", "has", "have", "having", "her", "here", "hers", "herself", "him",
            "himself", "his", "how", "however", "into", "its", "itself", "just", "least", "less", "like", "made",
            "make", "makes", "making", "many", "may", "might", "more", "most", "much", "must", "near", "neither",
            "never", "next", "nor", "not", "now", "off", "often", "once", "one", "only", "onto", "other", "others",
            "our", "ours", "ourselves", "out", "over", "own", "per", "perhaps", "quite", "rather", "really", "same",
            "several", "she", "should", "since", "some", "someone", "something", "still", "such", "than", "that",
            "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this", "those",
            "though", "through", "thus", "till", "too", "toward", "towards", "under", "unless", "until", "upon",
            "very", "via", "was", "way", "well", "were", "what", "whatever", "when", "where", "whether", "which",
            "while", "who", "whoever", "whole", "whom", "whose", "why", "will", "with", "within", "without",
            "would", "yet", "you", "your", "yours", "yourself", "yourselves", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "two", "first", "second", "third", "last", "able", "lot", "lots",
            "thing", "things", "yes", "etc", "mrs", "isn", "wasn", "everything", "everyone", "nothing", "nobody");

    /** Plural-looking words that are not plurals; stripping their "s" would merge them with unrelated words. */
    private static final Set<String> NOT_PLURAL = Set.of("news", "series", "species", "means", "lens", "canvas");

    /** Words that open a noun phrase; what follows them is a thing, which is what a topic must be. */
    private static final Set<String> DETERMINERS = Set.of(
            "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your");

    /** Owners of an occasion: "his visit", "her speech". */
    private static final Set<String> OWNERS = Set.of("his", "her");
    /** Words joining an occasion to the place or party it involves: "visit to", "talks with", "summit in". */
    private static final Set<String> OCCASION_PREPOSITIONS = Set.of("to", "with", "in", "between", "of");
    /** Capitalised words that are dates, not parties: "inflation in January" is no occasion. */
    private static final Set<String> CALENDAR = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "the", "a", "an");

    private TopicTerms() {
    }

    /**
     * One word of a text.
     *
     * @param surface  the word as written, without a possessive {@code 's}
     * @param key      the lowercase stem used for counting, or {@code null} when the word can't be part of a term
     * @param begin    offset of the first character
     * @param end      offset after the last character
     */
    record Word(String surface, String key, int begin, int end) {

        boolean eligible() {
            return key != null;
        }
    }

    /** Splits a text into words, marking which may be part of a term. */
    static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            String surface = POSSESSIVE.matcher(matcher.group()).replaceFirst("");
            int end = matcher.start() + surface.length();
            boolean word = eligible(surface) && !inForeignCompound(text, matcher.start(), end);
            words.add(new Word(surface, word ? stem(surface) : null, matcher.start(), end));
        }
        return words;
    }

    /**
     * Whether the word at {@code begin..end} is part of a hyphenated compound with a non-ASCII letter, as "vis" in
     * "vis-à-vis" or "tête" in "tête-à-tête": such pieces are fragments of a foreign expression, not English words.
     */
    static boolean inForeignCompound(String text, int begin, int end) {
        int from = begin;
        while (from > 0 && (Character.isLetter(text.charAt(from - 1)) || text.charAt(from - 1) == '-')) {
            from--;
        }
        int to = end;
        while (to < text.length() && (Character.isLetter(text.charAt(to)) || text.charAt(to) == '-')) {
            to++;
        }
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c > 127 && Character.isLetter(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the term made of words {@code first..last} is used as an occasion someone has or holds with someone:
     * right after "his" or "her" ("his visit", "her remarks"), or right before "to", "with", "in", "between" or
     * "of" and a capitalised word that is not a month or weekday ("trip to Tehran", "talks with Erdogan",
     * "summit in Tehran"). Subjects are rarely written so: "oil in Iran" is rare next to "oil prices".
     */
    static boolean occasionUse(String text, List<Word> words, int first, int last) {
        if (first > 0) {
            Word previous = words.get(first - 1);
            if (OWNERS.contains(previous.surface().toLowerCase(Locale.ROOT))
                    && text.substring(previous.end(), words.get(first).begin()).isBlank()) {
                return true;
            }
        }
        if (last + 2 >= words.size()) {
            return false;
        }
        Word preposition = words.get(last + 1);
        Word name = words.get(last + 2);
        return OCCASION_PREPOSITIONS.contains(preposition.surface())
                && text.substring(words.get(last).end(), preposition.begin()).isBlank()
                && text.substring(preposition.end(), name.begin()).isBlank()
                && Character.isUpperCase(name.surface().charAt(0))
                && !CALENDAR.contains(name.surface().toLowerCase(Locale.ROOT));
    }

    /**
     * Whether two words are written closely enough to form a two-word term. A sentence or paragraph boundary,
     * a comma or any other punctuation between them breaks the pair.
     */
    static boolean adjacent(String text, Word left, Word right) {
        return BIGRAM_GAP.matcher(text.substring(left.end(), right.begin())).matches();
    }

    /**
     * Whether a term starting at {@code word} is introduced by a determiner ("the drones", "its sanctions"), the
     * sign that it is used as a noun rather than as a verb or adjective.
     */
    static boolean afterDeterminer(String text, Word previous, Word word) {
        return DETERMINERS.contains(previous.surface().toLowerCase(Locale.ROOT))
                && text.substring(previous.end(), word.begin()).isBlank();
    }

    /**
     * Whether punctuation follows the term ending at {@code end}: nouns often end a phrase ("sanctions.", "oil,"),
     * while adjectives and most verbs need something after them ("strategic partnership", "told reporters").
     */
    static boolean beforePunctuation(String text, int end) {
        int next = end;
        while (next < text.length() && (text.charAt(next) == ' ' || text.charAt(next) == '\t')) {
            next++;
        }
        return next < text.length() && PHRASE_END.indexOf(text.charAt(next)) >= 0;
    }

    /** The key of a one- or two-word term, as stored in the background table. */
    static String bigramKey(Word left, Word right) {
        return left.key() + " " + right.key();
    }

    /**
     * The cross-article key of a topic name: lowercase, words stemmed, joined by one space, so "Drones" and
     * "drone" or "grain exports" and "grain export" are the same topic.
     */
    static String key(String name) {
        StringBuilder key = new StringBuilder();
        for (String word : SPACES_AND_HYPHENS.split(name.toLowerCase(Locale.ROOT))) {
            if (!word.isEmpty()) {
                key.append(key.isEmpty() ? "" : " ").append(stem(word));
            }
        }
        return key.toString();
    }

    /**
     * Capitalised words are left to the name extractors, so only words written all in lowercase count; short
     * words and stopwords carry no subject.
     */
    private static boolean eligible(String surface) {
        return surface.length() >= MIN_LETTERS
                && LOWERCASE.matcher(surface).matches()
                && !STOPWORDS.contains(surface);
    }

    /**
     * Removes English plural endings only: the deeper suffixes (-ed, -ing, -ation) merge words a reader tells
     * apart, such as "meeting" and "meet" or "building" and "build".
     */
    static String stem(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.length() <= MIN_LETTERS || NOT_PLURAL.contains(lower) || !lower.endsWith("s")) {
            return lower;
        }
        if (lower.endsWith("ies") && lower.length() > 4) {
            return lower.substring(0, lower.length() - 3) + "y";
        }
        if (lower.endsWith("sses") || lower.endsWith("xes") || lower.endsWith("ches") || lower.endsWith("shes")
                || lower.endsWith("zzes")) {
            return lower.substring(0, lower.length() - 2);
        }
        if (lower.endsWith("ss") || lower.endsWith("us") || lower.endsWith("is")) {
            return lower;
        }
        return lower.substring(0, lower.length() - 1);
    }
}
