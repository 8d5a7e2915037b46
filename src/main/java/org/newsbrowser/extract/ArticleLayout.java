package org.newsbrowser.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where in an article the normal running text is, as opposed to headline-case lines and photo credits, plus the
 * words around any offset. Names in headlines and credits are unreliable: capitalization carries no signal there.
 */
final class ArticleLayout {

    /** A word or a single punctuation character, with its offsets. */
    record Token(String text, int begin, int end) {
    }

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:[.'’-][\\p{L}\\p{N}]+)*\\.?|[^\\s\\p{L}\\p{N}]");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}'’.-]*");
    private static final Pattern LINE = Pattern.compile("[^\\n]+");
    private static final Pattern PARENTHESES = Pattern.compile("\\([^()\\n]*\\)");
    /** Agency lists ("NAME/AGENCY/AFP") mark a credit wherever they are. */
    private static final Pattern AGENCY_LIST = Pattern.compile("\\p{Lu}[\\p{L}.]*(?:\\s?/\\s?\\p{Lu}[\\p{L}.]*){2,}");
    /** Lead-ins ("Photo by", "Source:") mark a credit at the start of a line or parenthesis. */
    private static final Pattern CREDIT_LEAD = Pattern.compile(
            "^\\(?\\s*(?:photo|image|picture|source|credit)s?\\s*(?:by\\b|:)", Pattern.CASE_INSENSITIVE);
    /** A lower-case word ending a sentence inside the line: such a line is running text, not a headline. */
    private static final Pattern SENTENCE_INSIDE = Pattern.compile("\\p{Ll}{2}[.!?]\\s+\\S");
    private static final Set<String> MINOR_WORDS = Set.of("a", "an", "the", "and", "or", "but", "nor", "of", "in",
            "on", "at", "to", "for", "with", "by", "from", "as", "vs", "via", "up", "into", "over", "after", "is",
            "are", "was");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final int MAX_HEADLINE_WORDS = 14;
    private static final double HEADLINE_CAPITALIZED_SHARE = 0.85;

    private final String text;
    private final boolean[] headline;
    private final boolean[] credit;
    private final String body;

    ArticleLayout(String text) {
        this.text = text;
        this.headline = new boolean[text.length()];
        this.credit = new boolean[text.length()];
        markLines();
        markParenthesizedCredits();
        this.body = bodyText();
    }

    /**
     * Whether the offset lies in a headline-case line (title case or capitals, at most a short phrase) of the title
     * block the text starts with.
     */
    boolean inHeadline(int offset) {
        return headline[offset];
    }

    /** Whether the range is all its line holds but punctuation and spaces ("Jane Roe", "-- Jane Roe"). */
    boolean isWholeLine(int begin, int end) {
        int lineBegin = text.lastIndexOf('\n', begin - 1) + 1;
        int lineEnd = text.indexOf('\n', end);
        String rest = text.substring(lineBegin, begin) + text.substring(end, lineEnd < 0 ? text.length() : lineEnd);
        return rest.codePoints().noneMatch(Character::isLetterOrDigit);
    }

    /** Whether the offset lies in a photo or source credit. */
    boolean inCredit(int offset) {
        return credit[offset];
    }

    /** Whether the name occurs, ignoring case, as whole words in running text (not headlines or credits). */
    boolean occursInBody(String name) {
        Pattern pattern = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name.toLowerCase(Locale.ROOT))
                + "(?![\\p{L}\\p{N}])");
        return pattern.matcher(body).find();
    }

    /** Up to {@code count} tokens before the offset on its line, nearest first. */
    List<Token> tokensBefore(int offset, int count) {
        List<Token> all = tokens(text.lastIndexOf('\n', offset - 1) + 1, offset);
        List<Token> nearest = new ArrayList<>(all.subList(Math.max(0, all.size() - count), all.size()));
        Collections.reverse(nearest);
        return nearest;
    }

    /** Up to {@code count} tokens after the offset on its line, nearest first. */
    List<Token> tokensAfter(int offset, int count) {
        int lineEnd = text.indexOf('\n', offset);
        List<Token> all = tokens(offset, lineEnd < 0 ? text.length() : lineEnd);
        return all.subList(0, Math.min(count, all.size()));
    }

    /** The words and punctuation marks of a region of the text. */
    List<Token> tokens(int begin, int end) {
        return TOKEN.matcher(text).region(begin, end).results()
                .map(m -> new Token(m.group(), m.start(), m.end())).toList();
    }

    /**
     * Credits anywhere; headline-case lines only in the title block, the run of such lines the text starts with.
     * Further down, a headline-case line is a section heading or a table label ("JORDAN TIMES" in a press digest,
     * "BORROWER BAYERISCHE VEREINSBANK"), whose names are as real as those of running text.
     */
    private void markLines() {
        Matcher line = LINE.matcher(text);
        boolean listContinues = false;
        boolean titleBlock = true;
        while (line.find()) {
            if (line.group().isBlank()) {
                continue;
            }
            boolean isCredit = isCredit(line.group().strip()) && !isRunningText(line.group());
            boolean isList = listContinues || isList(line.group());
            listContinues = isList && !line.group().strip().endsWith(".");
            boolean isHeadline = titleBlock && !isList && isHeadline(line.group());
            titleBlock = isHeadline || isCredit;
            if (isCredit || isHeadline) {
                Arrays.fill(isCredit ? credit : headline, line.start(), line.end(), true);
            }
        }
    }

    private void markParenthesizedCredits() {
        Matcher group = PARENTHESES.matcher(text);
        while (group.find()) {
            if (isCredit(group.group())) {
                Arrays.fill(credit, group.start(), group.end(), true);
            }
        }
    }

    /**
     * A list of names ("Goalkeepers - Jane Roe, Ann Poe.", "Smith, Jones, Brown,"): two or more commas, or a line
     * in mixed case ending in a full stop or comma; the line after a list line not ending in a full stop continues
     * the list ("Smith, Jones, Ian" then "Brown (Wales), Green"). Its capitals are those of names, not of a
     * headline.
     */
    private static boolean isList(String line) {
        String stripped = line.strip();
        long commas = stripped.chars().filter(c -> c == ',').count();
        boolean mixedCase = !stripped.equals(stripped.toUpperCase(Locale.ROOT));
        return commas >= 2 || mixedCase && (stripped.endsWith(".") || stripped.endsWith(","));
    }

    private static boolean isCredit(String segment) {
        return AGENCY_LIST.matcher(segment).find() || CREDIT_LEAD.matcher(segment).find();
    }

    private static boolean isHeadline(String line) {
        List<String> words = WORD.matcher(line).results().map(java.util.regex.MatchResult::group)
                .filter(w -> !MINOR_WORDS.contains(w)).toList();
        if (words.isEmpty() || words.size() > MAX_HEADLINE_WORDS || isRunningText(line)) {
            return false;
        }
        if (DIGIT.matcher(line).find()) {
            return false; // a results or table row ("Phil Simmons 4-38", "ATLANTA 76 52 .594"), whose names are real
        }
        long capitalized = words.stream().filter(w -> Character.isUpperCase(w.charAt(0))).count();
        return capitalized >= HEADLINE_CAPITALIZED_SHARE * words.size();
    }

    private static boolean isRunningText(String line) {
        return SENTENCE_INSIDE.matcher(line).find();
    }

    private String bodyText() {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (headline[i] || credit[i]) {
                chars[i] = ' ';
            }
        }
        return new String(chars).toLowerCase(Locale.ROOT);
    }
}
