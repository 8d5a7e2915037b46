package org.newsbrowser.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.parser.Parser;

/**
 * Text helpers shared by the reader, the title maker and the boilerplate stripper: character clean-up, paragraph
 * splitting and the small judgements about a paragraph's shape (is it prose, is it a heading).
 */
final class Paragraphs {

    static final String SEPARATOR = "\n\n";

    /** Only complete references with a semicolon, so "AT&T" and "R&D" stay as written. */
    private static final Pattern ENTITY = Pattern.compile("&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000]+");
    private static final Pattern INVISIBLES = Pattern.compile("[\\u00AD\\u200B\\u200C\\u200D\\u2060\\uFEFF]");
    /** C0 and C1 controls (\\p{Cntrl} alone is ASCII only, and UTF-8 files can hold U+0080-U+009F too). */
    private static final Pattern CONTROLS = Pattern.compile("[\\p{Cc}&&[^\\n]]");
    private static final Pattern LIST_ITEM = Pattern.compile("^(?:[-*•–]|\\d{1,2}[.)])\\s");
    private static final Pattern TERMINAL = Pattern.compile("[.!?…:;\"”’')\\]]$");

    /** Lines shorter than this end on purpose (a heading, the last line of a paragraph), not at a wrap column. */
    private static final int MIN_WRAPPED_LINE = 30;
    /** Hard-wrapped text (Reuters, e-mail) breaks lines at 60-80 columns; longer lines are whole paragraphs. */
    private static final int MAX_WRAPPED_LINE = 100;
    private static final int MAX_HEADING_WORDS = 10;

    private Paragraphs() {
    }

    /**
     * Unifies line ends and spaces and drops invisible and control characters; keeps line structure but no blank
     * lines at either end, so normalizing again changes nothing.
     */
    static String normalize(String text) {
        String unified = replaceLoneSurrogates(text.replace("\r\n", "\n").replace('\r', '\n'));
        unified = INVISIBLES.matcher(unified).replaceAll("");
        unified = CONTROLS.matcher(unified).replaceAll(" ");
        unified = SPACES.matcher(unified).replaceAll(" ");
        return unified.lines().map(String::strip).collect(Collectors.joining("\n")).strip();
    }

    /** {@link #normalize} on one line: for titles and bylines, which pages may break or pad with controls. */
    static String oneLine(String text) {
        return normalize(text).lines().filter(line -> !line.isEmpty()).collect(Collectors.joining(" "));
    }

    /**
     * The first {@code maxChars} characters of {@code text}, or one fewer when the cut would split a surrogate pair
     * (an emoji, a rare CJK character): half a pair is not text and turns into "?" on the way to the browser.
     */
    static String prefix(String text, int maxChars) {
        if (text.length() <= maxChars) {
            return text;
        }
        boolean splitsPair = maxChars > 0 && Character.isHighSurrogate(text.charAt(maxChars - 1))
                && Character.isLowSurrogate(text.charAt(maxChars));
        return text.substring(0, splitsPair ? maxChars - 1 : maxChars);
    }

    /** Decodes "&#233;", "&lt;", "&amp;" left in plain text by the tools that exported it. */
    static String decodeEntities(String text) {
        Matcher entity = ENTITY.matcher(text);
        return entity.replaceAll(match -> Matcher.quoteReplacement(
                replaceLoneSurrogates(Parser.unescapeEntities(match.group(), false))));
    }

    /**
     * Half a surrogate pair is not text: as HTML does for a character reference to one ("&#55555;", which jsoup
     * also decodes without its semicolon), it becomes U+FFFD.
     */
    private static String replaceLoneSurrogates(String decoded) {
        StringBuilder out = new StringBuilder(decoded.length());
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < decoded.length()
                    && Character.isLowSurrogate(decoded.charAt(i + 1));
            if (paired) {
                out.append(c).append(decoded.charAt(++i));
            } else {
                out.append(Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
        return out.toString();
    }

    /**
     * Splits normalized text into paragraphs. Blank lines separate paragraphs; inside a block, hard-wrapped lines are
     * joined, while long or unwrapped lines (files that put one paragraph per line) each stay a paragraph.
     */
    static List<String> split(String text) {
        List<String> paragraphs = new ArrayList<>();
        for (String block : normalize(text).split("\n{2,}")) {
            List<String> lines = block.lines().filter(line -> !line.isBlank()).toList();
            if (looksHardWrapped(lines)) {
                paragraphs.add(String.join(" ", lines));
            } else {
                paragraphs.addAll(lines);
            }
        }
        return paragraphs;
    }

    static String join(List<String> paragraphs) {
        return String.join(SEPARATOR, paragraphs);
    }

    static int wordCount(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }

    /** Ends like a sentence (or a quotation, or a parenthesis), rather than stopping mid-phrase. */
    static boolean endsLikeSentence(String paragraph) {
        return TERMINAL.matcher(paragraph.strip()).find();
    }

    /** A short line that names the next section ("Anti-West Move", "Highlights of the meeting."). */
    static boolean looksLikeHeading(String paragraph) {
        int words = wordCount(paragraph);
        return words > 0 && words <= MAX_HEADING_WORDS && !paragraph.strip().endsWith(",");
    }

    private static boolean looksHardWrapped(List<String> lines) {
        if (lines.size() < 2 || lines.stream().anyMatch(line -> LIST_ITEM.matcher(line).find())) {
            return false;
        }
        return lines.subList(0, lines.size() - 1).stream()
                .allMatch(line -> line.length() >= MIN_WRAPPED_LINE && line.length() <= MAX_WRAPPED_LINE);
    }
}
