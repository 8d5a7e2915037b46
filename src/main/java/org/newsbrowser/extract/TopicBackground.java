package org.newsbrowser.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How many documents of a general English news corpus use each term, read from the table
 * {@link TopicBackgroundBuilder} writes. Terms in nearly every article ("said", "year") get a low weight, terms
 * that only some articles are about ("drone", "sanction") a high one.
 */
final class TopicBackground {

    static final String RESOURCE = "/topics/background-df.tsv";
    static final String DOCUMENTS_FIELD = "documents=";
    static final String LONG_DOCUMENTS_FIELD = "article-length documents=";

    private static final Pattern DOCUMENTS = Pattern.compile("(?<!-length )" + DOCUMENTS_FIELD + "(\\d+)");
    private static final Pattern LONG_DOCUMENTS = Pattern.compile(LONG_DOCUMENTS_FIELD + "(\\d+)");

    /** Below this many documents the shares of noun uses say nothing, so the term gets the benefit of the doubt. */
    private static final int MIN_USAGE_EVIDENCE = 5;
    /** Nouns follow a determiner or end a phrase in at least this share of documents; verbs or adjectives don't. */
    private static final double MIN_AFTER_DETERMINER = 0.03;
    private static final double MIN_BEFORE_PUNCTUATION = 0.05;
    /**
     * Tuned by reading BBC and Reuters topics: it keeps "oil" (0.48), "inflation" (0.33) and "sanctions" (0.39) and
     * drops "stated" (0.04), "closer" (0.07), "sign" (0.10) and "decade" (0.09).
     */
    private static final double MIN_EXCESS_ADAPTATION = 0.2;

    /**
     * Documents a term needs before its occasion share is trusted; rarer terms are kept, since a handful of
     * "resorts in Phuket" says little.
     */
    private static final int MIN_OCCASION_EVIDENCE = 20;
    /**
     * Share of a term's documents using it as an occasion ({@link TopicTerms#occasionUse}) from which it is one.
     * Measured on the 2004-2005 BBC and 1987 Reuters corpora: "trip" 0.41, "visit" 0.38, "career" 0.36, "summit"
     * 0.33, "talks" 0.23, "meeting" 0.16, against "war" 0.13, "title" 0.10, "deal" 0.08, "oil" 0.01 and
     * "sanctions" 0.00.
     */
    private static final double MIN_OCCASION_SHARE = 0.14;
    private static final int COLUMNS = 7;

    private final Map<String, Usage> usage;
    private final int documents;
    private final int longDocuments;

    /**
     * How the background documents use one term.
     *
     * @param documents         documents using it
     * @param afterDeterminer   of those, documents using it right after "the", "its" and the like
     * @param beforePunctuation of those, documents using it right before punctuation
     * @param longDocuments     article-length documents using it
     * @param repeated          of those, documents using it more than once
     * @param occasion          documents using it as an occasion someone has or holds with someone
     *                          ({@link TopicTerms#occasionUse})
     */
    private record Usage(int documents, int afterDeterminer, int beforePunctuation, int longDocuments, int repeated,
            int occasion) {
    }

    private TopicBackground(Map<String, Usage> usage, int documents, int longDocuments) {
        this.usage = usage;
        this.documents = documents;
        this.longDocuments = longDocuments;
    }

    /** Loads the table shipped with the application. */
    static TopicBackground load() {
        try (InputStream in = TopicBackground.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE + "; run TopicBackgroundBuilder");
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TopicBackground read(BufferedReader reader) throws IOException {
        Map<String, Usage> usage = new HashMap<>(100_000);
        int documents = 0;
        int longDocuments = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.startsWith("#")) {
                Matcher matcher = DOCUMENTS.matcher(line);
                documents = matcher.find() ? Integer.parseInt(matcher.group(1)) : documents;
                Matcher longMatcher = LONG_DOCUMENTS.matcher(line);
                longDocuments = longMatcher.find() ? Integer.parseInt(longMatcher.group(1)) : longDocuments;
            } else if (!line.isBlank()) {
                String[] columns = line.split("\t");
                if (columns.length != COLUMNS) {
                    throw new IllegalStateException(RESOURCE + " has " + columns.length + " columns where " + COLUMNS
                            + " are expected; run TopicBackgroundBuilder");
                }
                usage.put(columns[0], new Usage(Integer.parseInt(columns[1]), Integer.parseInt(columns[2]),
                        Integer.parseInt(columns[3]), Integer.parseInt(columns[4]), Integer.parseInt(columns[5]),
                        Integer.parseInt(columns[6])));
            }
        }
        if (documents == 0 || longDocuments == 0) {
            throw new IllegalStateException(RESOURCE + " has no '" + DOCUMENTS_FIELD + "' or '"
                    + LONG_DOCUMENTS_FIELD + "' header; run TopicBackgroundBuilder");
        }
        return new TopicBackground(Map.copyOf(usage), documents, longDocuments);
    }

    /** The number of background documents using the term, or 0 when the table does not list it. */
    int documentFrequency(String key) {
        Usage term = usage.get(key);
        return term == null ? 0 : term.documents();
    }

    /**
     * Inverse document frequency. Terms missing from the table were seen in fewer documents than its cut-off,
     * so they count as just under it rather than as never seen, which would let typos outscore real subjects.
     */
    double idf(String key) {
        int df = Math.max(documentFrequency(key), TopicBackgroundBuilder.MIN_DOCUMENTS - 1);
        return Math.log((double) documents / df);
    }

    /**
     * Whether news writes the word as a noun, the only kind of word that names a subject: "sanctions" and "oil"
     * are, "told", "arrived" and "strategic" are not. Words too rare to tell count as nouns.
     */
    boolean nounLike(String key) {
        Usage term = usage.get(key);
        return term == null || term.documents() < MIN_USAGE_EVIDENCE
                || (term.afterDeterminer() >= MIN_AFTER_DETERMINER * term.documents()
                && term.beforePunctuation() >= MIN_BEFORE_PUNCTUATION * term.documents());
    }

    /**
     * How much more likely an article that uses the term is to use it again than any article is to use it at all
     * (Church's adaptation, less its prior). Subjects come back: an article mentioning oil, sanctions or a vaccine
     * mostly returns to them, while "trip", "step", "stated" or "closer" come up once wherever they come up.
     * Terms too rare to tell get the benefit of the doubt.
     */
    boolean recurrent(String key) {
        Usage term = usage.get(key);
        if (term == null || term.longDocuments() < MIN_USAGE_EVIDENCE) {
            return true;
        }
        double again = (double) term.repeated() / term.longDocuments();
        double atAll = (double) term.longDocuments() / longDocuments;
        return again - atAll >= MIN_EXCESS_ADAPTATION;
    }

    /**
     * Whether news writes the term as an occasion someone has or holds with someone ("his visit", "trip to
     * Tehran", "talks with Ankara", "her remarks") rather than as a subject: such words tell how the news came
     * about, and a page of every article about a visit or a meeting groups nothing a reader looks for. A general
     * rule on usage, with no list of words; terms too rare to tell are not occasions.
     */
    boolean occasion(String key) {
        Usage term = usage.get(key);
        return term != null && term.documents() >= MIN_OCCASION_EVIDENCE
                && term.occasion() >= MIN_OCCASION_SHARE * term.documents();
    }

    /** Share of background documents using the term. */
    double spread(String key) {
        return (double) documentFrequency(key) / documents;
    }
}
