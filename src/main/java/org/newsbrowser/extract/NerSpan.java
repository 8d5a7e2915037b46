package org.newsbrowser.extract;

/**
 * A raw named-entity span as the statistical tagger returned it, before any clean-up rules.
 *
 * @param label the CoreNLP class: {@code PERSON}, {@code ORGANIZATION} or {@code LOCATION}
 * @param begin offset of the first character in the text given to the tagger
 * @param end   offset after the last character
 * @param text  {@code text.substring(begin, end)}
 */
public record NerSpan(String label, int begin, int end, String text) {
}
