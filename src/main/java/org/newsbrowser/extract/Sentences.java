package org.newsbrowser.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cuts a text into sentences by its punctuation, for showing the sentence around a mention and for finding the
 * clause a quote's speaker is named in. A line break always ends a sentence (paragraphs and headlines are lines);
 * a full stop, question or exclamation mark ends one when a space and a capital, digit or opening quote follow,
 * unless it closes an abbreviation ("Mr.", "Gen.", "Sept."), an initial ("George W. Bush") or a dotted acronym
 * ("U.S. President"). A closing quote or bracket right after the mark stays with the sentence it closes.
 */
public final class Sentences {

    /** Abbreviations, lower case without the full stop, after which a full stop does not end a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "st", "gen", "col",
            "lt", "sgt", "capt", "cmdr", "adm", "maj", "gov", "sen", "rep", "rev", "hon", "pres", "amb", "jr", "sr",
            "messrs", "mt", "ft", "no", "vs", "etc", "inc", "corp", "co", "ltd", "jan", "feb", "mar", "apr", "jun",
            "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "dept", "univ", "est");
    private static final String CLOSERS = "\"'”’)]»";
    private static final String OPENERS = "\"'“‘([«";

    private Sentences() {
    }

    /** A sentence: its offsets in the text, leading and trailing spaces excluded. */
    public record Span(int begin, int end) {

        public boolean contains(int offset) {
            return offset >= begin && offset < end;
        }
    }

    /** The sentences of the text in order; blank stretches are not sentences. */
    public static List<Span> of(String text) {
        List<Span> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                add(sentences, text, start, i);
                start = i + 1;
            } else if (c == '.' || c == '!' || c == '?' || c == '…') {
                int end = i + 1;
                while (end < text.length() && CLOSERS.indexOf(text.charAt(end)) >= 0) {
                    end++;
                }
                if (endsSentence(text, i, end)) {
                    add(sentences, text, start, end);
                    start = end;
                    i = end - 1;
                }
            }
        }
        add(sentences, text, start, text.length());
        return sentences;
    }

    /** The sentence containing the offset; the whole text when the offset is out of it. */
    public static Span around(String text, int offset) {
        return of(text).stream().filter(s -> s.contains(offset)).findFirst().orElse(new Span(0, text.length()));
    }

    private static boolean endsSentence(String text, int mark, int end) {
        if (end >= text.length()) {
            return true;
        }
        if (!Character.isWhitespace(text.charAt(end))) {
            return false; // "3.5", "U.S.-led", "example.com"
        }
        int next = end;
        while (next < text.length() && text.charAt(next) == ' ') {
            next++;
        }
        if (next >= text.length() || text.charAt(next) == '\n') {
            return true;
        }
        char following = text.charAt(next);
        boolean startsSentence = Character.isUpperCase(following) || Character.isDigit(following)
                || OPENERS.indexOf(following) >= 0;
        return startsSentence && (text.charAt(mark) != '.' || !closesAbbreviation(text, mark));
    }

    private static boolean closesAbbreviation(String text, int stop) {
        int wordStart = stop;
        while (wordStart > 0 && (Character.isLetter(text.charAt(wordStart - 1)) || text.charAt(wordStart - 1) == '.')) {
            wordStart--;
        }
        String word = text.substring(wordStart, stop);
        if (word.isEmpty()) {
            return false;
        }
        if (word.contains(".")) {
            return true; // "U.S", "U.N": a dotted acronym
        }
        return word.length() == 1 && Character.isUpperCase(word.charAt(0))
                || ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static void add(List<Span> sentences, String text, int begin, int end) {
        while (begin < end && Character.isWhitespace(text.charAt(begin))) {
            begin++;
        }
        while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > begin) {
            sentences.add(new Span(begin, end));
        }
    }
}
