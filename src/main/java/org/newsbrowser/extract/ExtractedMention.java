package org.newsbrowser.extract;

import org.newsbrowser.entity.EntityType;

/**
 * One place in an article's text where it mentions a person, organization, country or topic.
 *
 * @param type       what kind of entity the mention refers to
 * @param begin      offset of the first character in the cleaned article text
 * @param end        offset after the last character
 * @param text       the surface text exactly as written, {@code text.equals(articleText.substring(begin, end))}
 * @param normalized the entity the mention resolves to: a person's full name without titles ("Vladimir Putin"),
 *                   an organization's long form, a country's ISO 3166-1 alpha-2 code ("IR"), a topic's name
 * @param extractor  which engine or rule produced it, so engines can be compared ("corenlp", "gazetteer", ...)
 */
public record ExtractedMention(EntityType type, int begin, int end, String text, String normalized, String extractor) {

    public ExtractedMention {
        if (begin < 0 || end <= begin) {
            throw new IllegalArgumentException("bad offsets " + begin + ".." + end + " for '" + text + "'");
        }
    }
}
