package org.newsbrowser.ingest;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a file's first line is its headline and, for articles that have none, writes one from the lead.
 * A generated title is the lead's first sentence when that is short, otherwise the sentence cut at a clause
 * boundary, or at a word boundary with "…" as a last resort; never a whole paragraph.
 */
public final class TitleMaker {

    static final int MAX_HEADLINE_CHARS = 150;
    static final int MAX_HEADLINE_WORDS = 25;
    static final int MAX_GENERATED_CHARS = 105;
    /** Shorter cuts ("On July 19") say nothing about the story. */
    static final int MIN_CLAUSE_CHARS = 30;
    private static final String ELLIPSIS = "…";

    /** Abbreviations such as "U.S." or "Inc." end a headline with a period without making it a sentence. */
    private static final Pattern ABBREVIATION_END = Pattern.compile("(?:\\b\\p{L}\\.){2,}$|\\b(?:Inc|Co|Corp|Ltd|Jr|Sr|St)\\.$");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+[\"'”’)\\]]*(?=\\s+[\"'“‘(\\[]?[\\p{Lu}\\d])");
    private static final Pattern CLAUSE_BOUNDARY = Pattern.compile(
            "[,;:]\\s|\\s[—–-]\\s|\\s\\(|\\s(?=(?:as|while|after|since|because|when|where|which|who|but|although"
                    + "|though|amid|despite|before|following|until|whereas|marking|according to)\\s)");
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen",
            "col", "lt", "sgt", "capt", "rep", "sen", "gov", "rev", "no", "vs", "etc", "inc", "co", "corp", "ltd", "jan",
            "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "a.m", "p.m");
    /** Openers of an introductory phrase: a cut before its comma leaves the main clause out, so it needs "…". */
    private static final Set<String> INTRODUCTORY_WORDS = Set.of("in", "on", "at", "after", "before", "during",
            "despite", "amid", "following", "with", "without", "since", "as", "while", "although", "though",
            "because", "if", "when", "until", "for", "by", "from", "under", "over");
    private static final Set<String> WEAK_FINAL_WORDS = Set.of("a", "an", "the", "of", "to", "in", "on", "at", "for",
            "and", "or", "but", "by", "with", "from", "its", "their", "his", "her", "as", "that", "is", "was");

    /**
     * Whether a file's first line is a headline: short, and not ending like a sentence (a period, or a trailing
     * ellipsis that shows the line was cut). Question and exclamation marks are fine in headlines.
     */
    public boolean isHeadline(String line) {
        String candidate = line.strip();
        if (candidate.isEmpty() || candidate.length() > MAX_HEADLINE_CHARS
                || Paragraphs.wordCount(candidate) > MAX_HEADLINE_WORDS) {
            return false;
        }
        if (candidate.endsWith("...") || candidate.endsWith(ELLIPSIS)) {
            return false;
        }
        if (candidate.endsWith(".")) {
            return ABBREVIATION_END.matcher(candidate).find();
        }
        return !candidate.matches(".*[,;:]$");
    }

    /** Writes a headline from the lead paragraph of an article that has none. */
    public String fromLead(String lead) {
        String sentence = firstSentence(Paragraphs.normalize(lead).replace('\n', ' ').strip());
        String withoutStop = sentence.replaceAll("\\.+$", "").strip();
        if (withoutStop.isEmpty()) {
            // A lead of nothing but dots ("...") keeps them: a title is never blank.
            return Paragraphs.prefix(sentence, MAX_GENERATED_CHARS);
        }
        if (withoutStop.length() <= MAX_GENERATED_CHARS) {
            return withoutStop;
        }
        int clauseEnd = lastClauseBoundary(sentence);
        if (clauseEnd > 0) {
            String clause = sentence.substring(0, clauseEnd).strip();
            return cutsIntroductoryPhrase(sentence, clauseEnd) ? clause + ELLIPSIS : clause;
        }
        return cutAtWord(sentence) + ELLIPSIS;
    }

    static String firstSentence(String text) {
        Matcher end = SENTENCE_END.matcher(text);
        while (end.find()) {
            if (!endsWithAbbreviation(text.substring(0, end.start()))) {
                return text.substring(0, end.end());
            }
        }
        return text;
    }

    private static boolean endsWithAbbreviation(String beforePeriod) {
        int space = beforePeriod.lastIndexOf(' ');
        String lastWord = beforePeriod.substring(space + 1).toLowerCase(Locale.ROOT);
        return lastWord.length() == 1 && Character.isLetter(lastWord.charAt(0))
                || lastWord.matches("(?:\\p{L}\\.)+\\p{L}")
                || ABBREVIATIONS.contains(lastWord);
    }

    private static int lastClauseBoundary(String sentence) {
        Matcher boundary = CLAUSE_BOUNDARY.matcher(sentence);
        int best = -1;
        while (boundary.find() && boundary.start() <= MAX_GENERATED_CHARS) {
            if (boundary.start() >= MIN_CLAUSE_CHARS) {
                best = boundary.start();
            }
        }
        return best;
    }

    private static boolean cutsIntroductoryPhrase(String sentence, int cut) {
        String firstWord = sentence.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        boolean introduced = INTRODUCTORY_WORDS.contains(firstWord) || firstWord.endsWith("ing");
        int firstComma = sentence.indexOf(',');
        return introduced && (firstComma < 0 || cut < firstComma);
    }

    private static String cutAtWord(String sentence) {
        int space = sentence.lastIndexOf(' ', MAX_GENERATED_CHARS);
        String cut = (space > 0 ? sentence.substring(0, space) : Paragraphs.prefix(sentence, MAX_GENERATED_CHARS))
                .strip();
        String lastWord = cut.substring(cut.lastIndexOf(' ') + 1);
        while (cut.contains(" ") && WEAK_FINAL_WORDS.contains(lastWord.toLowerCase(Locale.ROOT))) {
            cut = cut.substring(0, cut.lastIndexOf(' ')).strip();
            lastWord = cut.substring(cut.lastIndexOf(' ') + 1);
        }
        return cut.replaceAll("[\\p{Punct}—–“‘]+$", "");
    }
}
