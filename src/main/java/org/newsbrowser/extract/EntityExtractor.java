package org.newsbrowser.extract;

import java.util.List;

/**
 * Finds the people, organizations, countries and topics an article mentions. Implementations are thread-safe
 * and expensive to create: make one and share it.
 */
public interface EntityExtractor {

    /** A short stable name recorded on every mention this extractor produces. */
    String name();

    /**
     * Extracts the mentions of one article, resolved within the article: every mention of one person carries the
     * same normalized name, whatever form the text used.
     *
     * @param text the cleaned article text; offsets in the result refer to it
     * @return mentions in text order, none overlapping
     */
    List<ExtractedMention> extract(String text);
}
