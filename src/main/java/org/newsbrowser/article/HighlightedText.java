package org.newsbrowser.article;

import java.util.ArrayList;
import java.util.List;
import org.newsbrowser.entity.Mention;
import org.newsbrowser.entity.NamedEntity;
import org.newsbrowser.quote.Quote;

/**
 * An article's text cut into paragraphs and each paragraph into runs of plain text and mentions, so a template can
 * link every mention to its entity while rendering all of it as text, never as markup. Runs inside a quote carry
 * the quote, so the template can mark who said what.
 */
public final class HighlightedText {

    private HighlightedText() {
    }

    /**
     * A run of text starting at {@code begin}; {@code entity} is null for plain text, {@code quote} null outside
     * quotes; {@code opensQuote} marks the first run of a quote, where its speaker is named.
     */
    public record Segment(String text, NamedEntity entity, int begin, Quote quote, boolean opensQuote) {
    }

    /** The text with its mentions, no quotes marked. */
    public static List<List<Segment>> of(String text, List<Mention> mentions) {
        return of(text, mentions, List.of());
    }

    /**
     * Splits the text at blank lines (or single newlines) into paragraphs of segments.
     *
     * @param mentions in text order, not overlapping, with offsets into {@code text}
     * @param quotes   in text order, not overlapping, with offsets into {@code text}
     */
    public static List<List<Segment>> of(String text, List<Mention> mentions, List<Quote> quotes) {
        List<List<Segment>> paragraphs = new ArrayList<>();
        int mentionIndex = 0;
        int paragraphStart = 0;
        while (paragraphStart < text.length()) {
            int paragraphEnd = text.indexOf('\n', paragraphStart);
            if (paragraphEnd < 0) {
                paragraphEnd = text.length();
            }
            while (mentionIndex < mentions.size() && mentions.get(mentionIndex).getBegin() < paragraphStart) {
                mentionIndex++;
            }
            List<Segment> segments = new ArrayList<>();
            int position = paragraphStart;
            while (mentionIndex < mentions.size() && mentions.get(mentionIndex).getEnd() <= paragraphEnd) {
                Mention mention = mentions.get(mentionIndex++);
                if (mention.getBegin() < position) {
                    continue;
                }
                addPlain(segments, text, position, mention.getBegin(), quotes);
                segments.add(new Segment(text.substring(mention.getBegin(), mention.getEnd()), mention.getEntity(),
                        mention.getBegin(), quoteAt(quotes, mention.getBegin()), false));
                position = mention.getEnd();
            }
            addPlain(segments, text, position, paragraphEnd, quotes);
            if (segments.stream().anyMatch(s -> !s.text().isBlank())) {
                paragraphs.add(markQuoteStarts(segments));
            }
            paragraphStart = paragraphEnd + 1;
        }
        return paragraphs;
    }

    /** Adds plain text, cut where quotes begin and end. */
    private static void addPlain(List<Segment> segments, String text, int begin, int end, List<Quote> quotes) {
        int position = begin;
        for (Quote quote : quotes) {
            for (int cut : new int[] {quote.getBegin(), quote.getEnd()}) {
                if (cut > position && cut < end) {
                    segments.add(new Segment(text.substring(position, cut), null, position, quoteAt(quotes, position), false));
                    position = cut;
                }
            }
        }
        if (position < end) {
            segments.add(new Segment(text.substring(position, end), null, position, quoteAt(quotes, position), false));
        }
    }

    private static Quote quoteAt(List<Quote> quotes, int offset) {
        return quotes.stream().filter(q -> q.getBegin() <= offset && offset < q.getEnd()).findFirst().orElse(null);
    }

    private static List<Segment> markQuoteStarts(List<Segment> segments) {
        List<Segment> marked = new ArrayList<>(segments.size());
        for (Segment s : segments) {
            boolean opens = s.quote() != null && s.begin() == s.quote().getBegin();
            marked.add(opens ? new Segment(s.text(), s.entity(), s.begin(), s.quote(), true) : s);
        }
        return marked;
    }
}
