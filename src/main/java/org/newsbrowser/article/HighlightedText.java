package org.newsbrowser.article;

import java.util.ArrayList;
import java.util.List;
import org.newsbrowser.entity.Mention;
import org.newsbrowser.entity.NamedEntity;

/**
 * An article's text cut into paragraphs and each paragraph into runs of plain text and mentions, so a template can
 * link every mention to its entity while rendering all of it as text, never as markup.
 */
public final class HighlightedText {

    private HighlightedText() {
    }

    /** A run of text; {@code entity} is null for plain text. */
    public record Segment(String text, NamedEntity entity) {
    }

    /**
     * Splits the text at blank lines (or single newlines) into paragraphs of segments.
     *
     * @param mentions in text order, not overlapping, with offsets into {@code text}
     */
    public static List<List<Segment>> of(String text, List<Mention> mentions) {
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
                addPlain(segments, text.substring(position, mention.getBegin()));
                segments.add(new Segment(text.substring(mention.getBegin(), mention.getEnd()), mention.getEntity()));
                position = mention.getEnd();
            }
            addPlain(segments, text.substring(position, paragraphEnd));
            if (segments.stream().anyMatch(s -> !s.text().isBlank())) {
                paragraphs.add(segments);
            }
            paragraphStart = paragraphEnd + 1;
        }
        return paragraphs;
    }

    private static void addPlain(List<Segment> segments, String text) {
        if (!text.isEmpty()) {
            segments.add(new Segment(text, null));
        }
    }
}
