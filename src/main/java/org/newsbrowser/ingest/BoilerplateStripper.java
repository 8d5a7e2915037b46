package org.newsbrowser.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes text that is not part of the article: interface prompts ("Leave a Comment"), photo captions and credits,
 * a caption fragment a scraper left at the top, and the publisher's trailing matter (author bios, disclaimers,
 * reporting credits, copyright). The rules describe the shape of such text, so they apply to any publisher; the
 * trailing rules only look at the end of the article, so the body is never cut.
 */
public final class BoilerplateStripper {

    /** Interface text is a button or a one-line prompt; a longer paragraph using the same words is prose. */
    private static final int MAX_INTERFACE_WORDS = 25;
    /** Longer paragraphs are body text even when they mention a photo agency. */
    private static final int MAX_CAPTION_WORDS = 80;
    private static final int MAX_BIO_WORDS = 60;
    /** Institutional disclaimers use several of these phrases; one alone may be news about such an institution. */
    private static final int MIN_WEAK_DISCLAIMER_SIGNS = 2;

    private static final Pattern INTERFACE_TEXT = caseless(String.join("|",
            "^(?:leave|post|add|write|view|show|hide|load|read|see) (?:a |an |the |all |our )?(?:\\d+ )?"
                    + "(?:comments?|reply|replies|responses?)\\b",
            "\\b(?:issues?|problems?|trouble) (?:with )?comment(?:ing|s)?\\b",
            "^click here\\b",
            "^(?:sign up|subscribe|register)\\b.*\\b(?:newsletters?|updates|alerts|e-?mails?|inbox)\\b",
            "^share (?:this|on|via)\\b",
            "^(?:read more|see also|related(?: articles| stories| content)?|more on this(?: story)?)\\s*(?::|$)",
            "^(?:advertisement|advertising|sponsored(?: content)?|skip advertisement)$",
            "^follow (?:us|me)\\b",
            "^(?:share|tweet|email|print|comments?)$",
            "^(?:you may also like|recommended for you|most (?:read|popular))\\b"));

    private static final Pattern CREDIT_LINE = caseless(
            "^(?:photo(?:graph)?|image|picture|pictured|credit|image credit|photo credit|source)s?(?: by\\b|\\s*:)");
    private static final Pattern CREDIT_MARKER = Pattern.compile(
            "(?i:via getty|getty images|wikimedia|\\bcc[ -]?by\\b|\\b(?:source|photo|image|credit|picture)s?\\s*:"
                    + "|\\bphoto(?:graph)?s? by\\b)"
                    // "NAME/AGENCY" in capitals: the way wire photo credits are written.
                    + "|\\p{Lu}{2,}[\\p{Lu} .'-]*/\\s*\\p{Lu}{2,}");
    private static final Pattern TRAILING_PARENTHESIS = Pattern.compile("\\(([^()]*)\\)\\W*$");
    private static final Pattern POSITION_MARKER = Pattern.compile(
            "\\((?:C|L|R|L-R|R-L|(?:\\d(?:st|nd|rd|th) |front |back )?(?:L|R|left|right|centre|center))\\)");
    private static final Pattern FULL_DATE = Pattern.compile(
            "\\b(?:January|February|March|April|May|June|July|August|September|October|November|December)"
                    + " \\d{1,2}, \\d{4}\\b");

    private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "of", "to", "in", "on", "at", "for",
            "and", "or", "but", "by", "with", "from", "that", "is", "was", "are", "were");
    private static final Pattern REPORTING_CREDIT = caseless(
            "^\\(?(?:additional )?(?:reporting|writing|editing|compiled|edited|written) by\\b");
    private static final Pattern COPYRIGHT = caseless("^(?:©|\\(c\\)\\s|copyright\\b)|all rights reserved");
    private static final Pattern STRONG_DISCLAIMER = caseless(
            "\\b(?:views|opinions) expressed\\b|do(?:es)? not necessarily reflect"
                    + "|\\b(?:views|opinions) (?:are|is) (?:his|her|their|the author'?s'?|my) own\\b"
                    + "|^this (?:article|story|piece) (?:was|has been|first|originally)\\b");
    private static final Pattern WEAK_DISCLAIMER = caseless(
            "non-?partisan|advocacy|editorial (?:control|independence)|donors|financial donations|click here"
                    + "|opinions are their own|not-?for-?profit|non-for-profit");
    /** "Jane Doe is a research associate at ..."; honorifics ("Mr Smith is a ...") mark reporting, not bios. */
    private static final Pattern AUTHOR_BIO = Pattern.compile(
            "^(?!(?:Mr|Mrs|Ms|Miss|Sir|Lord|Lady)\\b)(?:\\p{Lu}[\\p{L}.'-]*\\s){1,3}\\p{Lu}[\\p{L}'-]*"
                    + " (?:is|was) (?:a|an|the) (?:[\\p{L}-]+ ){0,4}(?i:associate|fellow|professor|editor|correspondent"
                    + "|reporter|writer|journalist|analyst|director|author|researcher|contributor|columnist"
                    + "|lecturer|scholar|student|consultant)s?\\b");

    /**
     * Returns {@code text} without boilerplate, paragraphs separated by a blank line.
     *
     * @param text article text without its headline; a caption fragment is only recognised as the first paragraph
     */
    public String strip(String text) {
        List<String> paragraphs = new ArrayList<>(Paragraphs.split(text));
        dropTruncatedCaptionAtStart(paragraphs);
        paragraphs.removeIf(paragraph -> isInterfaceText(paragraph) || isPhotoCaption(paragraph));
        dropTrailingMatter(paragraphs);
        return Paragraphs.join(paragraphs);
    }

    /** Whether a paragraph is a prompt or control of the page the article was copied from. */
    static boolean isInterfaceText(String paragraph) {
        return Paragraphs.wordCount(paragraph) <= MAX_INTERFACE_WORDS && INTERFACE_TEXT.matcher(paragraph).find();
    }

    /** Whether a paragraph is a photo caption or credit: the whole caption goes, not just the credit. */
    static boolean isPhotoCaption(String paragraph) {
        if (Paragraphs.wordCount(paragraph) > MAX_CAPTION_WORDS) {
            return false;
        }
        boolean credited = hasTrailingCredit(paragraph);
        if (CREDIT_LINE.matcher(paragraph).find() || credited) {
            return true;
        }
        // "(R)" alone also marks US Republicans in body text; a caption pairs it with the date the photo was taken.
        return POSITION_MARKER.matcher(paragraph).find() && FULL_DATE.matcher(paragraph).find();
    }

    private static boolean hasTrailingCredit(String paragraph) {
        Matcher parenthesis = TRAILING_PARENTHESIS.matcher(paragraph);
        return parenthesis.find() && CREDIT_MARKER.matcher(parenthesis.group(1)).find();
    }

    /**
     * Scrapers sometimes keep the first caption of a page, cut at a fixed length, between headline and body: a line
     * longer than a heading that stops without punctuation. Some publishers (BBC) also open with an unpunctuated
     * summary line, so only a line visibly cut off goes: it ends on a function word, or on the start of a longer word
     * the article uses ("Tehr" of "Tehran").
     */
    private static void dropTruncatedCaptionAtStart(List<String> paragraphs) {
        if (paragraphs.size() > 1) {
            String first = paragraphs.get(0);
            if (!Paragraphs.looksLikeHeading(first) && !Paragraphs.endsLikeSentence(first)
                    && endsMidPhrase(first, String.join(" ", paragraphs.subList(1, paragraphs.size())))) {
                paragraphs.remove(0);
            }
        }
    }

    private static boolean endsMidPhrase(String line, String rest) {
        String[] words = line.strip().split("\\s+");
        String lastWord = words[words.length - 1];
        if (FUNCTION_WORDS.contains(lastWord.toLowerCase(Locale.ROOT))) {
            return true;
        }
        return Pattern.compile("\\b" + Pattern.quote(lastWord) + "\\p{L}+").matcher(rest).find();
    }

    private static void dropTrailingMatter(List<String> paragraphs) {
        while (!paragraphs.isEmpty() && isTrailingMatter(paragraphs.get(paragraphs.size() - 1))) {
            paragraphs.remove(paragraphs.size() - 1);
        }
    }

    /** Whether a paragraph at the end of an article belongs to the publisher rather than to the story. */
    static boolean isTrailingMatter(String paragraph) {
        return REPORTING_CREDIT.matcher(paragraph).find()
                || COPYRIGHT.matcher(paragraph).find()
                || STRONG_DISCLAIMER.matcher(paragraph).find()
                || WEAK_DISCLAIMER.matcher(paragraph).results().count() >= MIN_WEAK_DISCLAIMER_SIGNS
                || Paragraphs.wordCount(paragraph) <= MAX_BIO_WORDS && AUTHOR_BIO.matcher(paragraph).find();
    }

    private static Pattern caseless(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
