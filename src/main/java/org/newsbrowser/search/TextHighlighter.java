package org.newsbrowser.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.newsbrowser.search.SearchQuery.And;
import org.newsbrowser.search.SearchQuery.Node;
import org.newsbrowser.search.SearchQuery.Or;
import org.newsbrowser.search.SearchQuery.Phrase;
import org.newsbrowser.search.SearchQuery.Prefix;
import org.newsbrowser.search.SearchQuery.Word;

/**
 * Marks where a search matched in a hit's title and text, and picks the text's best passages, from the text the
 * page reads from the database anyway. It analyses the text once with the index's own analyzers
 * ({@link LuceneAnalysis}) and matches the search's terms as the index does: a word by its English stem, a phrase by
 * its words as written and in order, a prefix by the start of a word as written. Words under NOT are never marked:
 * a result does not contain them.
 *
 * <p>Lucene's highlighter did the same work per hit by reading the stored title and text from the index and
 * analysing them again into an in-memory index (docs/BENCHMARKS.md, searches: highlighting in the app).
 * Passages are sentences, scored as Lucene's unified highlighter scores them (BM25 over the passage, earlier
 * passages slightly ahead), so the snippets stay what they were.
 */
final class TextHighlighter {

    private static final Analyzer PLAIN = LuceneAnalysis.analyzer(SearchFields.PLAIN);
    private static final Analyzer ENGLISH = LuceneAnalysis.analyzer(SearchFields.ENGLISH);
    /** Lucene's passage scoring (PassageScorer): BM25's k1 and b, and the length of an average passage. */
    private static final float K1 = 1.2f;
    private static final float B = 0.75f;
    private static final float PIVOT = 87f;
    /** A phrase's words are followed in the bits of a long: a longer phrase is not marked. */
    private static final int MAX_PHRASE_WORDS = Long.SIZE;

    private final List<Clause> clauses;
    private final boolean readsWords;
    private final boolean readsStems;

    private TextHighlighter(List<Clause> clauses) {
        this.clauses = clauses;
        this.readsWords = clauses.stream().anyMatch(c -> c.form() != Form.STEM);
        this.readsStems = clauses.stream().anyMatch(c -> c.form() == Form.STEM);
    }

    /** A highlighter for the terms of a parsed search. */
    static TextHighlighter of(Node root) {
        List<Clause> clauses = new ArrayList<>();
        collect(root, clauses);
        return new TextHighlighter(clauses);
    }

    private static void collect(Node node, List<Clause> clauses) {
        if (node instanceof Word word) {
            addClause(Form.STEM, terms(ENGLISH, word.text()), clauses);
        } else if (node instanceof Phrase phrase) {
            addClause(Form.WORD, terms(PLAIN, phrase.text()), clauses);
        } else if (node instanceof Prefix prefix) {
            addClause(Form.PREFIX, List.of(prefix.text()), clauses);
        } else if (node instanceof And and) {
            and.parts().forEach(part -> collect(part, clauses));
        } else if (node instanceof Or or) {
            or.parts().forEach(part -> collect(part, clauses));
        }
        // NOT: what the results do not contain is not marked.
    }

    private static void addClause(Form form, List<String> terms, List<Clause> clauses) {
        if (!terms.isEmpty() && terms.size() <= MAX_PHRASE_WORDS) {
            clauses.add(new Clause(form, terms.toArray(String[]::new)));
        }
    }

    private static List<String> terms(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream("", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                terms.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    /** The whole text with every match marked, or {@link Highlight#NONE} when nothing in it matched. */
    Highlight whole(String text) {
        List<Match> matches = matches(text);
        if (matches.isEmpty()) {
            return Highlight.NONE;
        }
        List<Highlight.Segment> segments = new ArrayList<>();
        addSegments(text, new Passage(0, text.length(), matches), segments);
        return new Highlight(segments);
    }

    /**
     * At most {@code count} sentences of the text around its matches, the best first, joined by an ellipsis; or
     * {@link Highlight#NONE} when nothing in the text matched.
     */
    Highlight passages(String text, int count) {
        List<Match> matches = matches(text);
        if (matches.isEmpty()) {
            return Highlight.NONE;
        }
        int[] inText = new int[clauses.size()];
        matches.forEach(match -> inText[match.clause()]++);
        List<Passage> best = sentences(text, matches).stream()
                .sorted(Comparator.comparingDouble((Passage p) -> -score(p, inText, text.length()))
                        .thenComparingInt(Passage::start))
                .limit(count).toList();
        List<Highlight.Segment> segments = new ArrayList<>();
        for (Passage passage : best) {
            if (!segments.isEmpty()) {
                segments.add(new Highlight.Segment(Highlight.FRAGMENT_SEPARATOR, false));
            }
            addSegments(text, passage.stripped(text), segments);
        }
        return new Highlight(segments);
    }

    /**
     * The matches in the text, in order. The text's words are read once (as written, as stems, or both, as the
     * search needs) and every clause follows them: bit i of its state says that the clause's first i + 1 terms
     * end at the current word.
     */
    private List<Match> matches(String text) {
        List<Match> matches = new ArrayList<>();
        if (clauses.isEmpty()) {
            return matches;
        }
        long[] states = new long[clauses.size()];
        int[] starts = new int[MAX_PHRASE_WORDS];
        try (TokenStream words = readsWords ? PLAIN.tokenStream("", text) : null;
             TokenStream stems = readsStems ? ENGLISH.tokenStream("", text) : null) {
            TokenStream lead = words != null ? words : stems;
            OffsetAttribute offsets = lead.addAttribute(OffsetAttribute.class);
            CharTermAttribute word = words == null ? null : words.addAttribute(CharTermAttribute.class);
            CharTermAttribute stem = stems == null ? null : stems.addAttribute(CharTermAttribute.class);
            reset(words, stems);
            // Both analyzers tokenize alike (the English one only stems), so their words go in step.
            for (int position = 0; lead.incrementToken() && (lead == stems || stems == null
                    || stems.incrementToken()); position++) {
                starts[position % MAX_PHRASE_WORDS] = offsets.startOffset();
                for (int c = 0; c < states.length; c++) {
                    Clause clause = clauses.get(c);
                    states[c] = ((states[c] << 1) | 1L) & clause.matching(word, stem);
                    if ((states[c] & clause.complete()) != 0) {
                        int first = position - clause.terms().length + 1;
                        matches.add(new Match(starts[first % MAX_PHRASE_WORDS], offsets.endOffset(), c));
                    }
                }
            }
            end(words, stems);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        matches.sort(Comparator.comparingInt(Match::start).thenComparingInt(Match::end));
        return matches;
    }

    private static void reset(TokenStream... streams) throws IOException {
        for (TokenStream stream : streams) {
            if (stream != null) {
                stream.reset();
            }
        }
    }

    private static void end(TokenStream... streams) throws IOException {
        for (TokenStream stream : streams) {
            if (stream != null) {
                stream.end();
            }
        }
    }

    /** The sentences holding the matches (a match across a sentence end takes the next sentence in). */
    private static List<Passage> sentences(String text, List<Match> matches) {
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);
        sentences.setText(text);
        List<Passage> passages = new ArrayList<>();
        Passage current = null;
        for (Match match : matches) {
            if (current == null || match.start() >= current.end()) {
                current = new Passage(sentences.preceding(match.start() + 1), sentences.following(match.end() - 1),
                        new ArrayList<>());
                passages.add(current);
            } else if (match.end() > current.end()) {
                Passage longer = new Passage(current.start(), sentences.following(match.end() - 1),
                        current.matches());
                passages.set(passages.size() - 1, longer);
                current = longer;
            }
            current.matches().add(match);
        }
        return passages;
    }

    /** Lucene's PassageScorer: each clause's BM25 weight in the text times its frequency in the passage. */
    private float score(Passage passage, int[] inText, int textLength) {
        int[] inPassage = new int[clauses.size()];
        passage.matches().forEach(match -> inPassage[match.clause()]++);
        float numDocs = 1 + textLength / PIVOT;
        float norm = K1 * ((1 - B) + B * ((passage.end() - passage.start()) / PIVOT));
        float score = 0;
        for (int c = 0; c < inPassage.length; c++) {
            if (inPassage[c] > 0) {
                float weight = (K1 + 1) * (float) Math.log(1 + (numDocs + 0.5D) / (inText[c] + 0.5D));
                score += weight * inPassage[c] / (inPassage[c] + norm);
            }
        }
        return score * (1 + 1 / (float) Math.log(PIVOT + passage.start()));
    }

    /** The passage's text as runs, overlapping matches marked as one. */
    private static void addSegments(String text, Passage passage, List<Highlight.Segment> segments) {
        int position = passage.start();
        int markStart = -1;
        int markEnd = -1;
        for (Match match : passage.matches()) {
            if (match.start() < markEnd) {
                markEnd = Math.max(markEnd, match.end());
                continue;
            }
            position = addMark(text, position, markStart, markEnd, segments);
            markStart = match.start();
            markEnd = match.end();
        }
        position = addMark(text, position, markStart, markEnd, segments);
        if (position < passage.end()) {
            segments.add(new Highlight.Segment(text.substring(position, passage.end()), false));
        }
    }

    /** Adds the text from position to the mark, then the mark (none when markStart is negative); returns its end. */
    private static int addMark(String text, int position, int markStart, int markEnd,
                               List<Highlight.Segment> segments) {
        if (markStart < 0) {
            return position;
        }
        if (markStart > position) {
            segments.add(new Highlight.Segment(text.substring(position, markStart), false));
        }
        segments.add(new Highlight.Segment(text.substring(markStart, markEnd), true));
        return markEnd;
    }

    /** How a clause compares a word of the text with its terms. */
    private enum Form { STEM, WORD, PREFIX }

    /** Terms that must follow each other in the text; one term for a word or a prefix. */
    private record Clause(Form form, String[] terms) {

        /** The bits of the terms the current word matches. */
        long matching(CharSequence word, CharSequence stem) {
            CharSequence token = form == Form.STEM ? stem : word;
            long bits = 0;
            for (int i = 0; i < terms.length; i++) {
                if (form == Form.PREFIX ? startsWith(token, terms[i]) : terms[i].contentEquals(token)) {
                    bits |= 1L << i;
                }
            }
            return bits;
        }

        /** The state bit that says every term matched. */
        long complete() {
            return 1L << (terms.length - 1);
        }

        private static boolean startsWith(CharSequence token, String prefix) {
            if (token.length() < prefix.length()) {
                return false;
            }
            for (int i = 0; i < prefix.length(); i++) {
                if (token.charAt(i) != prefix.charAt(i)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** A match of a clause: from the start of its first word to the end of its last. */
    private record Match(int start, int end, int clause) {
    }

    /** A stretch of the text and the matches in it. */
    private record Passage(int start, int end, List<Match> matches) {

        /** This passage without the spaces around it. */
        Passage stripped(String text) {
            int from = start;
            int to = end;
            while (from < to && Character.isWhitespace(text.charAt(from))) {
                from++;
            }
            while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
                to--;
            }
            return new Passage(from, to, matches);
        }
    }
}
