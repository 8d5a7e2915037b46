package org.newsbrowser.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.newsbrowser.entity.EntityType;

/**
 * Finds the subjects a reader would browse an article by, such as "drones", "sanctions" or "interest rates".
 *
 * <p>Candidates are the lowercase-written words and two-word phrases of the article ({@link TopicTerms}), so names,
 * which other extractors handle, never become topics. Each is scored by how often the article uses it times how
 * rare it is in general news ({@link TopicBackground}, built from about 28,000 BBC, Reuters and AG News articles),
 * which keeps out words every article uses, such as "said", "year" or "government". A two-word phrase the article
 * repeats wins over its single words. The best few above a threshold become topics, and every place the article
 * writes one of them becomes a mention.
 *
 * <p>Thread-safe and immutable; the background table is loaded once by the constructor.
 */
public final class TopicExtractor implements EntityExtractor {

    /** A subject is something the article comes back to; one use is a passing remark. */
    static final int MIN_OCCURRENCES = 2;
    /**
     * Room for an article's secondary subjects ("oil" beside "drones" and "sanctions"). No floor relative to the
     * best topic: one dominant subject (drones used 30 times) would push out every other. Eight let in weak extras
     * ("books", "region") in most articles long enough to fill them.
     */
    static final int MAX_TOPICS = 6;
    /** Tuned by reading the topics of BBC and Reuters articles: below it, passing words outnumber subjects. */
    static final double MIN_SCORE = 8.5;
    /** Words in more than this share of all news articles are the vocabulary of reporting, not subjects. */
    static final double MAX_SPREAD = 0.06;
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** Background documents a phrase needs to count as a set expression rather than words that met by chance. */
    static final int MIN_SET_PHRASE_DOCUMENTS = 20;
    /**
     * Background documents a single word needs to be a topic. Rarer words are typos ("insitutions"), fragments
     * ("vis" of "vis-a-vis"), rare adverbs or nonce forms ("operationalizing"): a subject readers browse by is a
     * word news uses. The one exception is a word newer than the background (the table's corpora end in 2005, so
     * it has no "drones"): the article itself must then write it in the plural, which only a noun does; typos,
     * adverbs and "-ing" forms don't take a plural "-s".
     */
    static final int MIN_WORD_DOCUMENTS = 5;

    private static final String NAME = "topics";

    private final TopicBackground background;

    /** Loads the background table shipped in {@code topics/background-df.tsv}. */
    public TopicExtractor() {
        this(TopicBackground.load());
    }

    TopicExtractor(TopicBackground background) {
        this.background = background;
    }

    @Override
    public String name() {
        return NAME;
    }

    /**
     * The key that identifies a topic across articles: lowercase with plurals removed, so the names "drone" and
     * "drones", or "grain export" and "grain exports", give the same key.
     */
    public static String topicKey(String name) {
        return TopicTerms.key(name);
    }

    /** The topics of one article, as mentions whose {@code normalized} is the topic's name. */
    @Override
    public List<ExtractedMention> extract(String text) {
        Title title = Title.of(text);
        List<Term> terms = terms(text, title);
        Map<String, String> names = chooseTopics(terms, title);
        List<ExtractedMention> mentions = new ArrayList<>();
        for (Term term : terms) {
            String name = names.get(term.key());
            if (name != null) {
                mentions.add(new ExtractedMention(EntityType.TOPIC, term.begin(), term.end(),
                        text.substring(term.begin(), term.end()), name, NAME));
            }
        }
        return mentions;
    }

    /**
     * The article as a sequence of non-overlapping terms, left to right. Where two adjacent words form a phrase
     * the article repeats, they are read as that phrase; otherwise each eligible word stands alone.
     */
    private static List<Term> terms(String text, Title title) {
        List<TopicTerms.Word> words = TopicTerms.words(text);
        Set<String> repeatedPhrases = repeatedPhrases(text, words, title);
        List<Term> terms = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            TopicTerms.Word word = words.get(i);
            if (!word.eligible()) {
                continue;
            }
            String phrase = phraseKey(text, words, i);
            if (phrase != null && repeatedPhrases.contains(phrase)) {
                TopicTerms.Word next = words.get(++i);
                terms.add(new Term(phrase, text.substring(word.begin(), next.end()), word.begin(), next.end()));
            } else {
                terms.add(new Term(word.key(), word.surface(), word.begin(), word.end()));
            }
        }
        return terms;
    }

    /**
     * The phrases the article repeats. A headline that writes a phrase in capitals ("Nuclear Deal") is not read as
     * text, so a phrase the body uses once and the headline names also counts as repeated.
     */
    private static Set<String> repeatedPhrases(String text, List<TopicTerms.Word> words, Title title) {
        Map<String, Integer> counts = new HashMap<>();
        Set<String> inTitle = new HashSet<>();
        for (int i = 0; i < words.size(); i++) {
            String phrase = phraseKey(text, words, i);
            if (phrase != null) {
                counts.merge(phrase, 1, Integer::sum);
                if (title.covers(words.get(i).begin())) {
                    inTitle.add(phrase);
                }
            }
        }
        counts.replaceAll((phrase, count) -> count + (title.names(phrase) && !inTitle.contains(phrase) ? 1 : 0));
        Set<String> repeated = new HashSet<>();
        counts.forEach((phrase, count) -> {
            if (count >= MIN_OCCURRENCES) {
                repeated.add(phrase);
            }
        });
        return repeated;
    }

    /** The key of the phrase starting at word {@code i}, or {@code null} when no phrase starts there. */
    private static String phraseKey(String text, List<TopicTerms.Word> words, int i) {
        if (i + 1 >= words.size()) {
            return null;
        }
        TopicTerms.Word word = words.get(i);
        TopicTerms.Word next = words.get(i + 1);
        return word.eligible() && next.eligible() && TopicTerms.adjacent(text, word, next)
                ? TopicTerms.bigramKey(word, next)
                : null;
    }

    /** Picks the topics among the terms and names each by its most frequent written form: key to name. */
    private Map<String, String> chooseTopics(List<Term> terms, Title title) {
        Map<String, Candidate> candidates = new HashMap<>();
        Set<String> readInTitle = new HashSet<>();
        for (Term term : terms) {
            candidates.computeIfAbsent(term.key(), Candidate::new).add(term.surface());
            if (title.covers(term.begin())) {
                readInTitle.add(term.key());
            }
        }
        candidates.values().forEach(candidate -> {
            if (title.names(candidate.key()) && !readInTitle.contains(candidate.key())) {
                candidate.namedByTitle();
            }
        });
        Map<String, String> topics = new HashMap<>();
        candidates.values().stream()
                .filter(candidate -> candidate.occurrences() >= MIN_OCCURRENCES)
                .filter(candidate -> background.spread(candidate.key()) <= MAX_SPREAD)
                .filter(candidate -> background.nounLike(head(candidate.key())))
                .filter(candidate -> recurrent(candidate.key()))
                .filter(candidate -> !pastForm(candidate.key()))
                .filter(candidate -> !adverb(candidate.key()))
                .filter(this::known)
                .filter(candidate -> !background.occasion(candidate.key()))
                .filter(candidate -> !role(candidate.key()))
                .filter(candidate -> score(candidate) >= MIN_SCORE)
                .sorted(Comparator.comparingDouble(this::score).reversed().thenComparing(Candidate::key))
                .limit(MAX_TOPICS)
                .forEach(candidate -> topics.put(candidate.key(), candidate.name()));
        return topics;
    }

    private double score(Candidate candidate) {
        return candidate.occurrences() * idf(candidate.key());
    }

    /**
     * A phrase news uses as a set expression ("interest rate") has its own weight; any other phrase is rated like
     * its most specific word, since the few documents repeating an ordinary phrase ("important issues") would give
     * it a weight above real subjects.
     */
    private double idf(String key) {
        int space = key.indexOf(' ');
        if (space < 0 || background.documentFrequency(key) >= MIN_SET_PHRASE_DOCUMENTS) {
            return background.idf(key);
        }
        return Math.max(background.idf(key.substring(0, space)), background.idf(key.substring(space + 1)));
    }

    /**
     * Whether articles tend to come back to the term. Phrases repeat less than words, so a phrase also qualifies
     * when both its words do.
     */
    private boolean recurrent(String key) {
        int space = key.indexOf(' ');
        return background.recurrent(key) || (space > 0 && background.recurrent(key.substring(0, space))
                && background.recurrent(key.substring(space + 1)));
    }

    /**
     * Past forms ("stated", "diverted", "relaunched") report what happened; even when news puts them after "the"
     * they are not a subject. Words such as "need" or "speed" are spared.
     */
    private static boolean pastForm(String key) {
        return !key.contains(" ") && key.endsWith("ed") && !key.endsWith("eed");
    }

    /**
     * Whether a single word is an "-ly" adverb: the word without "-ly" ("additional", "specific"), "-ily" made
     * "-y" ("happy") or "-ly" made "-le" ("probable") is a word news uses. "Family", "supply" or "rally" are spared.
     */
    private boolean adverb(String key) {
        if (key.contains(" ") || !key.endsWith("ly") || key.length() < 6) {
            return false;
        }
        String base = key.substring(0, key.length() - 2);
        return background.documentFrequency(base) >= MIN_WORD_DOCUMENTS
                || (base.endsWith("i") && background.documentFrequency(base.substring(0, base.length() - 1) + "y")
                        >= MIN_WORD_DOCUMENTS)
                || background.documentFrequency(base + "le") >= MIN_WORD_DOCUMENTS;
    }

    /**
     * Whether a single word is common enough in news to be a word and not a typo or fragment, or else written by the
     * article as a noun in the plural ("drones").
     */
    private boolean known(Candidate candidate) {
        String key = candidate.key();
        return key.contains(" ") || background.documentFrequency(key) >= MIN_WORD_DOCUMENTS
                || candidate.plural();
    }

    /**
     * Whether a term names a role rather than a subject: its head is a person's title ("supreme leader", "foreign
     * minister", "president"). Roles come with the people who hold them, who are listed as people.
     */
    private static boolean role(String key) {
        return PersonNames.isTitle(head(key));
    }

    /** The word a term is about: the last word of a phrase, as in "nuclear deal". */
    private static String head(String key) {
        return key.substring(key.lastIndexOf(' ') + 1);
    }

    /**
     * The article's first line, the headline in the layout the application stores, with the keys of the words and
     * phrases it names whatever their case. A headline names the article's subjects but capitalises them ("Oil and
     * Drone Deals"), so its words are not read as text; a term it names counts one more occurrence.
     */
    private record Title(int end, Set<String> keys) {

        static Title of(String text) {
            int start = 0;
            while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            String line = text.substring(start, end).toLowerCase(java.util.Locale.ROOT);
            List<TopicTerms.Word> words = TopicTerms.words(line);
            Set<String> keys = new HashSet<>();
            for (int i = 0; i < words.size(); i++) {
                if (words.get(i).eligible()) {
                    keys.add(words.get(i).key());
                    String phrase = phraseKey(line, words, i);
                    if (phrase != null) {
                        keys.add(phrase);
                    }
                }
            }
            return new Title(end, Set.copyOf(keys));
        }

        boolean covers(int offset) {
            return offset < end;
        }

        boolean names(String key) {
            return keys.contains(key);
        }
    }

    /** One term as written in the article. */
    private record Term(String key, String surface, int begin, int end) {
    }

    /** All uses of one term key in an article, tallied by written form. */
    private static final class Candidate {

        private final String key;
        private final Map<String, Integer> forms = new HashMap<>();
        private int occurrences;

        Candidate(String key) {
            this.key = key;
        }

        /** The headline names the term without the text having read it there. */
        void namedByTitle() {
            occurrences++;
        }

        void add(String surface) {
            forms.merge(SPACES.matcher(surface).replaceAll(" "), 1, Integer::sum);
            occurrences++;
        }

        String key() {
            return key;
        }

        int occurrences() {
            return occurrences;
        }

        /** Whether the article writes the term in a plural form ("drones" for the key "drone"). */
        boolean plural() {
            return forms.keySet().stream().anyMatch(form -> !form.toLowerCase(java.util.Locale.ROOT).equals(key));
        }

        /** The form the article uses most, so a topic is named "drones" in an article that mostly says so. */
        String name() {
            return forms.entrySet().stream()
                    .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                    .orElseThrow()
                    .getKey();
        }
    }
}
