package org.newsbrowser.extract;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsbrowser.entity.EntityType;

/**
 * Which entities an article is about, as opposed to mentions in passing: an entity is <em>prominent</em> when the
 * article names it in its lead (the title, byline and dateline lines and the first real paragraph), in its dateline,
 * or at least {@link #MIN_MENTIONS} times. News is written top-down, so what the lead names is what the story is
 * about; a country named once in the fifth paragraph is context.
 */
public final class Prominence {

    /** Mentions that make an entity prominent wherever they are. Measured on Reuters-21578 places (EVALUATION.md). */
    public static final int MIN_MENTIONS = 3;
    /** A line with at least this many words is a paragraph of running text, not a title, byline or dateline. */
    static final int PARAGRAPH_WORDS = 12;
    /** The lead never reaches further than this, so a text without line breaks does not become all lead. */
    static final int MAX_LEAD = 800;

    /** An entity as the mentions name it. */
    public record Key(EntityType type, String normalized) {

        public static Key of(ExtractedMention m) {
            return new Key(m.type(), m.normalized());
        }
    }

    private Prominence() {
    }

    /** The prominent entities among the mentions of {@code text}, in order of first mention. */
    public static Set<Key> of(String text, List<ExtractedMention> mentions) {
        return of(text, mentions, MIN_MENTIONS);
    }

    /** As {@link #of(String, List)}, with another mention threshold (for measuring it). */
    public static Set<Key> of(String text, List<ExtractedMention> mentions, int minMentions) {
        int lead = leadEnd(text);
        Map<Key, Integer> counts = new HashMap<>();
        mentions.forEach(m -> counts.merge(Key.of(m), 1, Integer::sum));
        Set<Key> out = new LinkedHashSet<>();
        for (ExtractedMention m : mentions) {
            Key key = Key.of(m);
            if (m.begin() < lead || DatelineExtractor.NAME.equals(m.extractor()) || counts.get(key) >= minMentions) {
                out.add(key);
            }
        }
        return out;
    }

    /** Where the lead ends: after the first line of running text, and at most {@link #MAX_LEAD} characters in. */
    public static int leadEnd(String text) {
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            if (words(text, start, end) >= PARAGRAPH_WORDS) {
                return Math.min(end, MAX_LEAD);
            }
            start = end + 1;
            if (start >= MAX_LEAD) {
                break;
            }
        }
        return Math.min(text.length(), MAX_LEAD);
    }

    private static int words(String text, int from, int to) {
        int n = 0;
        boolean inWord = false;
        for (int i = from; i < to; i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                n++;
            }
            inWord = letter;
        }
        return n;
    }
}
